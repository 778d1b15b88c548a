using Domain.Conversations;
using Stateless;

namespace Domain.Events;

/// <summary>
/// Answering an invitation: attend at once; decline with an optional reason; or send someone,
/// giving their name, position and (optionally) phone. Rebuilt from the session on every message;
/// saving happens on the way back to Idle, so an unfinished answer changes nothing.
/// </summary>
public sealed class RsvpMachine : FlowMachine<RsvpMachine.State, RsvpMachine.Trigger>
{
    private readonly IRsvpActions actions;

    public RsvpMachine(Turn turn, IRsvpActions actions)
        : base(turn, State.Idle)
    {
        this.actions = actions ?? throw new ArgumentNullException(nameof(actions));
        Configure();
    }

    public enum State
    {
        Idle,
        Reason,
        DelegateName,
        DelegatePosition,
        DelegatePhone,
    }

    public enum Trigger
    {
        Attend,
        Decline,
        Delegate,
        ReasonGiven,
        NameGiven,
        PositionGiven,
        PhoneGiven,
        Skip,
    }

    public bool Finished => Machine.State == State.Idle;

    public static string Diagram() => new RsvpMachine(SampleTurn(), NoActions.Instance).Mermaid();

    public bool Attend() => Try(Trigger.Attend);

    public bool Decline() => Try(Trigger.Decline);

    public bool SendDelegate() => Try(Trigger.Delegate);

    public bool GiveReason(string reason) => Give(Trigger.ReasonGiven, "reason", reason);

    public bool GiveName(string name) => Give(Trigger.NameGiven, "delegateName", name);

    public bool GivePosition(string position) => Give(Trigger.PositionGiven, "delegatePosition", position);

    public bool GivePhone(string phone) => Give(Trigger.PhoneGiven, "delegatePhone", phone);

    public bool Skip() => Try(Trigger.Skip);

    private void Configure()
    {
        // Named methods rather than lambdas: Stateless shows their names in the diagram.
        Machine.Configure(State.Idle)
            .PermitReentry(Trigger.Attend)
            .OnEntryFrom(Trigger.Attend, SaveAttending, "save attending")
            .Permit(Trigger.Decline, State.Reason)
            .Permit(Trigger.Delegate, State.DelegateName)
            .OnEntryFrom(Trigger.ReasonGiven, SaveDeclined, "save declined")
            .OnEntryFrom(Trigger.PhoneGiven, SaveDelegated, "save delegated")
            .OnEntryFrom(Trigger.Skip, SaveSkipped, "save without the optional answer");

        Machine.Configure(State.Reason)
            .OnEntry(() => actions.AskReason(Turn))
            .Permit(Trigger.ReasonGiven, State.Idle)
            .Permit(Trigger.Skip, State.Idle);

        Machine.Configure(State.DelegateName)
            .OnEntry(() => actions.AskDelegateName(Turn))
            .Permit(Trigger.NameGiven, State.DelegatePosition);

        Machine.Configure(State.DelegatePosition)
            .OnEntry(() => actions.AskDelegatePosition(Turn))
            .Permit(Trigger.PositionGiven, State.DelegatePhone);

        Machine.Configure(State.DelegatePhone)
            .OnEntry(() => actions.AskDelegatePhone(Turn))
            .Permit(Trigger.PhoneGiven, State.Idle)
            .Permit(Trigger.Skip, State.Idle);
    }

    private void SaveAttending() => actions.SaveAttending(Turn);

    private void SaveDeclined() => actions.SaveDeclined(Turn);

    private void SaveDelegated() => actions.SaveDelegated(Turn);

    private void SaveSkipped(StateMachine<State, Trigger>.Transition transition)
    {
        if (transition.Source == State.Reason)
        {
            actions.SaveDeclined(Turn);
        }
        else
        {
            actions.SaveDelegated(Turn);
        }
    }

    private sealed class NoActions : IRsvpActions
    {
        public static readonly NoActions Instance = new();

        public void SaveAttending(Turn turn)
        {
        }

        public void SaveDeclined(Turn turn)
        {
        }

        public void SaveDelegated(Turn turn)
        {
        }

        public void AskReason(Turn turn)
        {
        }

        public void AskDelegateName(Turn turn)
        {
        }

        public void AskDelegatePosition(Turn turn)
        {
        }

        public void AskDelegatePhone(Turn turn)
        {
        }
    }
}

/// <summary>What the RSVP machine does on its transitions.</summary>
public interface IRsvpActions
{
    void SaveAttending(Turn turn);

    void SaveDeclined(Turn turn);

    void SaveDelegated(Turn turn);

    void AskReason(Turn turn);

    void AskDelegateName(Turn turn);

    void AskDelegatePosition(Turn turn);

    void AskDelegatePhone(Turn turn);
}
