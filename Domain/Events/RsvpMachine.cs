using Domain.Conversations;
using Domain.Users;
using Stateless;
using Stateless.Graph;

namespace Domain.Events;

/// <summary>
/// Answering an invitation: attend at once; decline with an optional reason; or send someone,
/// giving their name, position and (optionally) phone. Rebuilt from the session on every message;
/// saving happens on the way back to Idle, so an unfinished answer changes nothing.
/// </summary>
public sealed class RsvpMachine
{
    private readonly StateMachine<State, Trigger> machine;
    private readonly Turn turn;
    private readonly IRsvpActions actions;

    public RsvpMachine(Turn turn, IRsvpActions actions)
    {
        this.turn = turn ?? throw new ArgumentNullException(nameof(turn));
        this.actions = actions ?? throw new ArgumentNullException(nameof(actions));
        machine = new StateMachine<State, Trigger>(
            () => Enum.TryParse<State>(turn.Session.State, out var state) ? state : State.Idle,
            state => turn.Session = turn.Session with { State = state.ToString() });
        Configure();
    }

    private enum State
    {
        Idle,
        Reason,
        DelegateName,
        DelegatePosition,
        DelegatePhone,
    }

    private enum Trigger
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

    public string Step => machine.State.ToString();

    public bool Finished => machine.State == State.Idle;

    public static string Diagram()
    {
        var sample = new Turn(
            new InboundEnvelope("diagram", new UserKey("doc", "0"), new TextIn(string.Empty), DateTimeOffset.UnixEpoch),
            Session.New(new UserKey("doc", "0"), Text.Lang.Vi),
            EmptyReadModel.Instance,
            new BotSettings(),
            DateTimeOffset.UnixEpoch);
        return MermaidGraph.Format(new RsvpMachine(sample, NoActions.Instance).machine.GetInfo());
    }

    public bool Attend() => Try(Trigger.Attend);

    public bool Decline() => Try(Trigger.Decline);

    public bool SendDelegate() => Try(Trigger.Delegate);

    public bool GiveReason(string reason) => Give(Trigger.ReasonGiven, "reason", reason);

    public bool GiveName(string name) => Give(Trigger.NameGiven, "delegateName", name);

    public bool GivePosition(string position) => Give(Trigger.PositionGiven, "delegatePosition", position);

    public bool GivePhone(string phone) => Give(Trigger.PhoneGiven, "delegatePhone", phone);

    public bool Skip() => Try(Trigger.Skip);

    private bool Try(Trigger trigger)
    {
        if (!machine.CanFire(trigger))
        {
            return false;
        }

        machine.Fire(trigger);
        return true;
    }

    private bool Give(Trigger trigger, string field, string value)
    {
        if (!machine.CanFire(trigger))
        {
            return false;
        }

        turn.Session = turn.Session.Set(field, value);
        machine.Fire(trigger);
        return true;
    }

    private void Configure()
    {
        // Named methods rather than lambdas: Stateless shows their names in the diagram.
        machine.Configure(State.Idle)
            .PermitReentry(Trigger.Attend)
            .OnEntryFrom(Trigger.Attend, SaveAttending, "save attending")
            .Permit(Trigger.Decline, State.Reason)
            .Permit(Trigger.Delegate, State.DelegateName)
            .OnEntryFrom(Trigger.ReasonGiven, SaveDeclined, "save declined")
            .OnEntryFrom(Trigger.PhoneGiven, SaveDelegated, "save delegated")
            .OnEntryFrom(Trigger.Skip, SaveSkipped, "save without the optional answer");

        machine.Configure(State.Reason)
            .OnEntry(() => actions.AskReason(turn))
            .Permit(Trigger.ReasonGiven, State.Idle)
            .Permit(Trigger.Skip, State.Idle);

        machine.Configure(State.DelegateName)
            .OnEntry(() => actions.AskDelegateName(turn))
            .Permit(Trigger.NameGiven, State.DelegatePosition);

        machine.Configure(State.DelegatePosition)
            .OnEntry(() => actions.AskDelegatePosition(turn))
            .Permit(Trigger.PositionGiven, State.DelegatePhone);

        machine.Configure(State.DelegatePhone)
            .OnEntry(() => actions.AskDelegatePhone(turn))
            .Permit(Trigger.PhoneGiven, State.Idle)
            .Permit(Trigger.Skip, State.Idle);
    }

    private void SaveAttending() => actions.SaveAttending(turn);

    private void SaveDeclined() => actions.SaveDeclined(turn);

    private void SaveDelegated() => actions.SaveDelegated(turn);

    private void SaveSkipped(StateMachine<State, Trigger>.Transition transition)
    {
        if (transition.Source == State.Reason)
        {
            actions.SaveDeclined(turn);
        }
        else
        {
            actions.SaveDelegated(turn);
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
