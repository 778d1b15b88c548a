using Domain.Members;
using Domain.Notices;
using static Domain.Tests.Buttons.ButtonSample;

namespace Domain.Tests.Buttons;

/// <summary>The notice composer's buttons: the wire form old messages carry, and back.</summary>
public sealed class BroadcastButtonTests
{
    private static readonly string[] Answers = ["Attending", "Declined", "Delegated", "None"];

    public static IEnumerable<ButtonSample> Samples(string meetingId, string unitCode) =>
    [
        Of<BroadcastButton>(new BroadcastButton.Move(BroadcastMove.Everyone), "bc:all"),
        Of<BroadcastButton>(new BroadcastButton.Move(BroadcastMove.PendingRegistrations), "bc:pending"),
        Of<BroadcastButton>(new BroadcastButton.Move(BroadcastMove.PickUnits), "bc:units"),
        Of<BroadcastButton>(new BroadcastButton.Move(BroadcastMove.UnitsDone), "bc:udone"),
        Of<BroadcastButton>(new BroadcastButton.Move(BroadcastMove.PickGroup), "bc:group"),
        Of<BroadcastButton>(new BroadcastButton.Move(BroadcastMove.PickAnswer), "bc:rsvp"),
        Of<BroadcastButton>(new BroadcastButton.Move(BroadcastMove.Send), "bc:send"),
        Of<BroadcastButton>(new BroadcastButton.Move(BroadcastMove.EditText), "bc:edtext"),
        Of<BroadcastButton>(new BroadcastButton.Move(BroadcastMove.EditAudience), "bc:edaud"),
        Of<BroadcastButton>(new BroadcastButton.Move(BroadcastMove.Cancel), "bc:cancel"),
        Of<BroadcastButton>(new BroadcastButton.Unit(unitCode), $"bc:u:{unitCode}"),
        .. Enum.GetValues<UnitGroup>().Select(g => Of<BroadcastButton>(new BroadcastButton.Group(g), $"bc:g:{g}")),
        Of<BroadcastButton>(new BroadcastButton.Meeting(meetingId), $"bc:m:{meetingId}"),
        .. Answers.Select(a => Of<BroadcastButton>(new BroadcastButton.Answer(a), $"bc:a:{a}")),
        Of<BroadcastButton>(new BroadcastButton.AnswerButtons(meetingId), $"bc:b:{meetingId}"),
        Of<BroadcastButton>(new BroadcastButton.AnswerButtons(null), "bc:b:"),
    ];

    public static TheoryData<ButtonSample> All() => Codec.Data(Samples("hn-20270510", "P1"));

    [Theory]
    [MemberData(nameof(All))]
    public void Every_button_keeps_its_wire_form_and_decodes_back(ButtonSample sample) => Codec.RoundTrips(sample);

    [Theory]
    [InlineData("bc")]
    [InlineData("bc:u")]
    [InlineData("bc:m")]
    [InlineData("bc:g:Planet")]
    [InlineData("bc:g:ward")]
    [InlineData("bc:a:Maybe")]
    [InlineData("bc:ALL")]
    [InlineData("bc:launch")]
    public void A_composer_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<BroadcastButton>(data));

    [Theory]
    [InlineData("bc:b", null)]
    [InlineData("bc:all:extra", "all")]
    public void Old_lenient_forms_read_as_before(string data, string? move)
    {
        var decoded = Codec.Decode<BroadcastButton>(data);

        Assert.Equal(move is null ? new BroadcastButton.AnswerButtons(null) : new BroadcastButton.Move(BroadcastMove.Everyone), decoded);
    }
}
