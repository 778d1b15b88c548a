using Domain.Users;
using Stateless;
using Stateless.Graph;

namespace Domain.Conversations;

/// <summary>
/// What every conversation's state machine shares: it lives in the session (rebuilt from the
/// stored state on each message, so no entry action runs on a rebuild), a trigger that does not
/// apply now changes nothing and says so, and an answer is written to the session just before
/// the trigger that takes it.
/// </summary>
public abstract class FlowMachine<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>Marks a session changing one item from the review: its answer goes back to the review.</summary>
    public const string EditingKey = "editing";

    protected FlowMachine(Turn turn, TState initial)
    {
        Turn = turn ?? throw new ArgumentNullException(nameof(turn));
        Machine = new StateMachine<TState, TTrigger>(
            () => turn.Session.Step<TState>() ?? initial,
            state => turn.Session = turn.Session.At(state));
    }

    /// <summary>Whether the step asked changes one item picked from the review (see <see cref="Pick{TItem}"/>).</summary>
    protected bool EditingItem => Turn.Session.Get(EditingKey) is not null;

    /// <summary>The step the conversation is at; a stored step the machine does not know reads as the initial one.</summary>
    public TState Step => Machine.State;

    protected Turn Turn { get; }

    protected StateMachine<TState, TTrigger> Machine { get; }

    /// <summary>The Mermaid state diagram, for the docs.</summary>
    public string Mermaid() => MermaidGraph.Format(Machine.GetInfo());

    /// <summary>A turn that reads nothing and sends nowhere, to build a machine only to draw it.</summary>
    protected static Turn SampleTurn() => new(
        new InboundEnvelope("diagram", new UserKey("doc", "0"), new TextIn(string.Empty), DateTimeOffset.UnixEpoch),
        Session.New(new UserKey("doc", "0"), Text.Lang.Vi),
        EmptyReadModel.Instance,
        new BotSettings(),
        DateTimeOffset.UnixEpoch);

    protected bool Try(TTrigger trigger)
    {
        if (!Machine.CanFire(trigger))
        {
            return false;
        }

        Machine.Fire(trigger);
        return true;
    }

    /// <summary>Picks an item to change from the review: the session is marked editing, then the trigger fires.</summary>
    protected bool Pick<TItem>(StateMachine<TState, TTrigger>.TriggerWithParameters<TItem> pick, TItem item)
    {
        ArgumentNullException.ThrowIfNull(pick);
        if (!Machine.CanFire(pick, item))
        {
            return false;
        }

        Turn.Session = Turn.Session.Set(EditingKey, "1");
        Machine.Fire(pick, item);
        return true;
    }

    /// <summary>
    /// A step of one answer, as every review-and-edit conversation has them: it asks on entry, and
    /// its answer goes back to the review when the item was picked from there, else on to the next step.
    /// </summary>
    protected StateMachine<TState, TTrigger>.StateConfiguration AnswerStep(TState state, TTrigger answer, TState review, TState next, Action ask) =>
        Machine.Configure(state)
            .OnEntry(ask)
            .PermitIf(answer, review, () => EditingItem, "editing")
            .PermitIf(answer, next, () => !EditingItem, "first time");

    /// <summary>Reaching the review ends the change of an item.</summary>
    protected void EndEditing() => Turn.Session = Turn.Session.Set(EditingKey, null);

    protected bool Give(TTrigger trigger, string field, string value)
    {
        if (!Machine.CanFire(trigger))
        {
            return false;
        }

        Turn.Session = Turn.Session.Set(field, value);
        Machine.Fire(trigger);
        return true;
    }
}
