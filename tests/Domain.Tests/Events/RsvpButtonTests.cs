using Domain.Conversations;
using Domain.Events;

namespace Domain.Tests.Events;

/// <summary>The invitation's buttons: the wire form old messages carry, and back.</summary>
public sealed class RsvpButtonTests
{
    public static TheoryData<RsvpButton, string> Wire() => new()
    {
        { new RsvpButton.Answer("hn-20270510", RsvpChoice.Attend), "rsvp:yes:hn-20270510" },
        { new RsvpButton.Answer("hn-20270510", RsvpChoice.Decline), "rsvp:no:hn-20270510" },
        { new RsvpButton.Answer("hn-20270510", RsvpChoice.Delegate), "rsvp:sub:hn-20270510" },
        { new RsvpButton.Skip("hn-20270510"), "rsvp:skip:hn-20270510" },
        { new RsvpButton.Answer(string.Empty, RsvpChoice.Attend), "rsvp:yes:" },
    };

    [Theory]
    [MemberData(nameof(Wire))]
    public void Every_button_keeps_its_wire_form_and_decodes_back(RsvpButton button, string data)
    {
        Assert.Equal(data, button.Encode());
        Assert.True(ButtonData.TrySplit(data, out var flow, out var parts));
        Assert.Equal(RsvpButton.Flow, flow);
        Assert.Equal(button, RsvpButton.Decode(parts));
    }

    [Theory]
    [InlineData("rsvp")]
    [InlineData("rsvp:")]
    [InlineData("rsvp:yes")]
    [InlineData("rsvp:maybe:hn-20270510")]
    [InlineData("rsvp:YES:hn-20270510")]
    [InlineData("rsvp:skip")]
    public void Data_naming_no_button_decodes_to_nothing(string data)
    {
        ButtonData.TrySplit(data, out _, out var parts);

        Assert.Null(RsvpButton.Decode(parts));
    }

    [Fact]
    public void A_meeting_id_with_a_colon_reads_back_whole_as_before()
    {
        ButtonData.TrySplit("rsvp:yes:a:b", out _, out var parts);

        Assert.Equal(new RsvpButton.Answer("a:b", RsvpChoice.Attend), RsvpButton.Decode(parts));
    }
}
