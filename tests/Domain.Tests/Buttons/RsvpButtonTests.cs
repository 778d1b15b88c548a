using Domain.Events;
using static Domain.Tests.Buttons.ButtonSample;

namespace Domain.Tests.Buttons;

/// <summary>The invitation's buttons: the wire form old messages carry, and back.</summary>
public sealed class RsvpButtonTests
{
    public static IEnumerable<ButtonSample> Samples(string meetingId) =>
    [
        Of<RsvpButton>(new RsvpButton.Answer(meetingId, RsvpChoice.Attend), $"rsvp:yes:{meetingId}"),
        Of<RsvpButton>(new RsvpButton.Answer(meetingId, RsvpChoice.Decline), $"rsvp:no:{meetingId}"),
        Of<RsvpButton>(new RsvpButton.Answer(meetingId, RsvpChoice.Delegate), $"rsvp:sub:{meetingId}"),
        Of<RsvpButton>(new RsvpButton.Skip(meetingId), $"rsvp:skip:{meetingId}"),
    ];

    public static TheoryData<ButtonSample> All() => Codec.Data([.. Samples("hn-20270510"), .. Samples(string.Empty)]);

    [Theory]
    [MemberData(nameof(All))]
    public void Every_button_keeps_its_wire_form_and_decodes_back(ButtonSample sample) => Codec.RoundTrips(sample);

    [Theory]
    [InlineData("rsvp")]
    [InlineData("rsvp:")]
    [InlineData("rsvp:yes")]
    [InlineData("rsvp:maybe:hn-20270510")]
    [InlineData("rsvp:YES:hn-20270510")]
    [InlineData("rsvp:skip")]
    public void Data_naming_no_button_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<RsvpButton>(data));

    [Fact]
    public void A_meeting_id_with_a_colon_reads_back_whole_as_before() =>
        Assert.Equal(new RsvpButton.Answer("a:b", RsvpChoice.Attend), Codec.Decode<RsvpButton>("rsvp:yes:a:b"));
}
