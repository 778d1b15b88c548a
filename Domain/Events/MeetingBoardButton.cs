using Domain.Conversations;

namespace Domain.Events;

/// <summary>The buttons of /hoinghi: open a meeting's invitation, get its calendar file.</summary>
public abstract record MeetingBoardButton : IButton<MeetingBoardButton>
{
    private const string ShowVerb = "show";
    private const string CalendarVerb = "ics";

    private MeetingBoardButton()
    {
    }

    public static string Flow => "ev";

    public static MeetingBoardButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        [ShowVerb, _, ..] => new Show(ButtonData.Rest(parts, 1)),
        [CalendarVerb, _, ..] => new Calendar(ButtonData.Rest(parts, 1)),
        _ => null,
    };

    public abstract string Encode();

    public sealed record Show(string MeetingId) : MeetingBoardButton
    {
        public override string Encode() => ButtonData.Join(Flow, ShowVerb, MeetingId);
    }

    public sealed record Calendar(string MeetingId) : MeetingBoardButton
    {
        public override string Encode() => ButtonData.Join(Flow, CalendarVerb, MeetingId);
    }
}
