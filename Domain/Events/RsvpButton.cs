using Domain.Conversations;

namespace Domain.Events;

/// <summary>What a member answers to an invitation with one press.</summary>
public enum RsvpChoice
{
    Attend,
    Decline,
    Delegate,
}

/// <summary>The buttons of a meeting invitation and of the answer conversation behind them.</summary>
public abstract record RsvpButton : IButton<RsvpButton>
{
    private const string Yes = "yes";
    private const string No = "no";
    private const string Sub = "sub";
    private const string SkipVerb = "skip";

    private RsvpButton()
    {
    }

    public static string Flow => RsvpFlow.FlowName;

    public static RsvpButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        [Yes, _, ..] => new Answer(ButtonData.Rest(parts, 1), RsvpChoice.Attend),
        [No, _, ..] => new Answer(ButtonData.Rest(parts, 1), RsvpChoice.Decline),
        [Sub, _, ..] => new Answer(ButtonData.Rest(parts, 1), RsvpChoice.Delegate),
        [SkipVerb, _, ..] => new Skip(ButtonData.Rest(parts, 1)),
        _ => null,
    };

    public abstract string Encode();

    /// <summary>Attend, decline or send someone to <paramref name="MeetingId"/>.</summary>
    public sealed record Answer(string MeetingId, RsvpChoice Choice) : RsvpButton
    {
        public override string Encode() => ButtonData.Join(Flow, Choice switch
        {
            RsvpChoice.Attend => Yes,
            RsvpChoice.Decline => No,
            RsvpChoice.Delegate => Sub,
            _ => throw new InvalidOperationException($"No button for {Choice}."),
        }, MeetingId);
    }

    /// <summary>Leaves out the optional answer (a reason, a phone number) being asked for that meeting.</summary>
    public sealed record Skip(string MeetingId) : RsvpButton
    {
        public override string Encode() => ButtonData.Join(Flow, SkipVerb, MeetingId);
    }
}
