using Domain.Conversations;

namespace Domain.Events;

/// <summary>The buttons of /sukien: pick a meeting, copy it to a new date, change one item.</summary>
public abstract record MeetingEditButton(string MeetingId) : IButton<MeetingEditButton>
{
    public static string Flow => MeetingEditor.FlowName;

    // The meeting id is the last part, and only a whole part: "mtg:pick:a:b" names nothing.
    public static MeetingEditButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        ["pick", var id] => new Pick(id),
        ["copy", var id] => new Copy(id),
        ["edit", var field, var id] when StepName.Parse<MeetingEditor.State>(field) is { } item && MeetingEditor.Fields.Contains(item) => new Edit(item, id),
        _ => null,
    };

    public abstract string Encode();

    /// <summary>Shows the meeting's card with its copy and change buttons.</summary>
    public sealed record Pick(string MeetingId) : MeetingEditButton(MeetingId)
    {
        public override string Encode() => ButtonData.Join(Flow, "pick", MeetingId);
    }

    /// <summary>Asks for the date of a copy of the meeting.</summary>
    public sealed record Copy(string MeetingId) : MeetingEditButton(MeetingId)
    {
        public override string Encode() => ButtonData.Join(Flow, "copy", MeetingId);
    }

    /// <summary>Asks for a new value of one item.</summary>
    public sealed record Edit(MeetingEditor.State Field, string MeetingId) : MeetingEditButton(MeetingId)
    {
        public override string Encode() => ButtonData.Join(Flow, "edit", StepName.Of(Field), MeetingId);
    }
}
