using Domain.Conversations;

namespace Domain.CheckIn;

/// <summary>
/// The door's one question, as a machine: someone who is neither a guest with their invitation
/// nor a member is asked the name a member or a guest sent them under; the answer is matched against
/// the members' and guests' "send someone" answers (a miss counts as a wrong code) and the conversation ends.
/// Only DelegateName is stored: the session leaves the flow at the Door.
/// </summary>
public sealed class DoorMachine : FlowMachine<DoorMachine.State, DoorMachine.Trigger>
{
    private readonly IDoorActions actions;

    public DoorMachine(Turn turn, IDoorActions actions)
        : base(turn, State.Door)
    {
        this.actions = actions ?? throw new ArgumentNullException(nameof(actions));
        Configure();
    }

    public enum State
    {
        Door,
        DelegateName,
    }

    public enum Trigger
    {
        Stranger,
        NameGiven,
    }

    public bool Finished => Machine.State == State.Door;

    public static string Diagram() => new DoorMachine(SampleTurn(), NoActions.Instance).Mermaid();

    public bool Stranger() => Try(Trigger.Stranger);

    public bool NameGiven() => Try(Trigger.NameGiven);

    private void Configure()
    {
        Machine.Configure(State.Door)
            .Permit(Trigger.Stranger, State.DelegateName)
            .OnEntryFrom(Trigger.NameGiven, CheckInDelegate, "check in the person a member or guest sent, or count a miss");

        Machine.Configure(State.DelegateName)
            .OnEntry(AskName, "ask the name a member or guest gave")
            .Permit(Trigger.NameGiven, State.Door);
    }

    private void AskName() => actions.AskDelegateName(Turn);

    private void CheckInDelegate() => actions.CheckInDelegate(Turn);

    private sealed class NoActions : IDoorActions
    {
        public static readonly NoActions Instance = new();

        public void AskDelegateName(Turn turn)
        {
        }

        public void CheckInDelegate(Turn turn)
        {
        }
    }
}

/// <summary>What the door's machine does.</summary>
public interface IDoorActions
{
    void AskDelegateName(Turn turn);

    void CheckInDelegate(Turn turn);
}
