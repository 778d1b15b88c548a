using Domain.Conversations;
using Domain.Members;

namespace Domain.Notices;

/// <summary>A one-word press while composing a notice.</summary>
public enum BroadcastMove
{
    Everyone,
    PendingRegistrations,
    PickUnits,
    UnitsDone,
    PickGroup,
    PickAnswer,
    Send,
    EditText,
    EditAudience,
    Cancel,
}

/// <summary>The buttons of /thongbao; they work only while a notice is being composed.</summary>
public abstract record BroadcastButton : IButton<BroadcastButton>
{
    private static readonly (BroadcastMove Move, string Code)[] Moves =
    [
        (BroadcastMove.Everyone, "all"),
        (BroadcastMove.PendingRegistrations, "pending"),
        (BroadcastMove.PickUnits, "units"),
        (BroadcastMove.UnitsDone, "udone"),
        (BroadcastMove.PickGroup, "group"),
        (BroadcastMove.PickAnswer, "rsvp"),
        (BroadcastMove.Send, "send"),
        (BroadcastMove.EditText, "edtext"),
        (BroadcastMove.EditAudience, "edaud"),
        (BroadcastMove.Cancel, "cancel"),
    ];

    private BroadcastButton()
    {
    }

    public static string Flow => BroadcastFlow.FlowName;

    // Whatever follows a one-word press is ignored, as it always was.
    public static BroadcastButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        ["u", _, ..] => new Unit(ButtonData.Rest(parts, 1)),
        ["g", _, ..] when StepName.Parse<UnitGroup>(ButtonData.Rest(parts, 1)) is { } group => new Group(group),
        ["m", _, ..] => new Meeting(ButtonData.Rest(parts, 1)),
        ["a", _, ..] when BroadcastActions.IsAnswer(ButtonData.Rest(parts, 1)) => new Answer(ButtonData.Rest(parts, 1)),
        ["b", ..] => new AnswerButtons(ButtonData.Rest(parts, 1) is { Length: > 0 } id ? id : null),
        [var code, ..] when Moves.FirstOrDefault(m => m.Code == code) is { Code: not null } move => new Move(move.Move),
        _ => null,
    };

    public abstract string Encode();

    public sealed record Move(BroadcastMove To) : BroadcastButton
    {
        public override string Encode() => ButtonData.Join(Flow, Moves.Single(m => m.Move == To).Code);
    }

    /// <summary>Adds or removes a unit from the audience.</summary>
    public sealed record Unit(string Code) : BroadcastButton
    {
        public override string Encode() => ButtonData.Join(Flow, "u", Code);
    }

    public sealed record Group(UnitGroup Name) : BroadcastButton
    {
        public override string Encode() => ButtonData.Join(Flow, "g", StepName.Of(Name));
    }

    /// <summary>The meeting whose answers choose the audience.</summary>
    public sealed record Meeting(string MeetingId) : BroadcastButton
    {
        public override string Encode() => ButtonData.Join(Flow, "m", MeetingId);
    }

    /// <summary>The answer ("Attending", … or "None") that chooses the audience.</summary>
    public sealed record Answer(string Value) : BroadcastButton
    {
        public override string Encode() => ButtonData.Join(Flow, "a", Value);
    }

    /// <summary>The meeting whose answer buttons the notice carries, or none.</summary>
    public sealed record AnswerButtons(string? MeetingId) : BroadcastButton
    {
        public override string Encode() => ButtonData.Join(Flow, "b", MeetingId ?? string.Empty);
    }
}
