using Domain.Conversations;

namespace Domain.Events;

/// <summary>The buttons of a unit's answer for its delegation: start it, or leave out the names.</summary>
public abstract record DelegationButton(string MeetingId) : IButton<DelegationButton>
{
    public static string Flow => UnitDelegationFlow.FlowName;

    public static DelegationButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        ["start", _, ..] => new Start(ButtonData.Rest(parts, 1)),
        ["skip", _, ..] => new Skip(ButtonData.Rest(parts, 1)),
        _ => null,
    };

    public abstract string Encode();

    /// <summary>The coordinator starts answering for their unit.</summary>
    public sealed record Start(string MeetingId) : DelegationButton(MeetingId)
    {
        public override string Encode() => ButtonData.Join(Flow, "start", MeetingId);
    }

    /// <summary>The count is saved without names.</summary>
    public sealed record Skip(string MeetingId) : DelegationButton(MeetingId)
    {
        public override string Encode() => ButtonData.Join(Flow, "skip", MeetingId);
    }
}
