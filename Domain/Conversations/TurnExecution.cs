using Domain.Text;
using Domain.Users;

namespace Domain.Conversations;

/// <summary>
/// One event handled as one turn, the same way for the running bot (Bot's TurnRunner, which
/// commits the result to the database) and for the tests' in-memory driver: the event speaks for
/// its person, the person's session is loaded (or begun), the router decides, a handler that fails
/// still leaves the person a short apology, and the session is put back only when the turn changed it.
/// </summary>
public static class TurnExecution
{
    /// <summary>
    /// Runs the turn and returns it: <see cref="Turn.Changes"/> is everything to store and send.
    /// </summary>
    /// <param name="person">Whose turn it is: the sender, or the person a linked channel belongs to.</param>
    /// <param name="failed">Told of a handler's exception before the apology is made; it may rethrow (the tests do, to see the bug).</param>
    public static Turn Run(Router router, InboundEnvelope received, UserKey person, IReadModel store, BotSettings settings, DateTimeOffset now, Action<Exception, InboundEnvelope> failed)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(failed);

        // A linked channel speaks for its person: their session, their records, their queue.
        // A typed number or label on a channel without buttons is the choice it stands for.
        var envelope = TypedChoices.Resolve(received, store).AsPerson(person);
        var stored = store.Find<Session>(envelope.From.ToString());
        var session = stored ?? Session.New(envelope.From, settings.DefaultLanguage);
        var turn = new Turn(envelope, session, store, settings, now);
        try
        {
            router.Handle(turn);
        }
#pragma warning disable CA1031 // Any bug in a handler must end in an apology to the person, not in silence.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failed(ex, envelope);
            turn = new Turn(envelope, session, store, settings, now);
            turn.Acknowledge();
            if (envelope.Event is not SignalIn)
            {
                turn.Say(Texts.InternalError);
                Identities.Readdress(turn);
            }
        }

        // An erased person leaves no session behind either: they are a stranger again. A signal
        // to someone without a session (an erased person's queue) does not begin one for them.
        if (!Unchanged(turn, stored) && turn.Changes.Erasures.Count == 0 && !Untouched(turn, stored))
        {
            turn.Changes.Put(turn.Session);
        }

        return turn;
    }

    /// <summary>A signal's turn left the new session it began as it was: there is nothing of the person to keep.</summary>
    private static bool Untouched(Turn turn, Session? stored) =>
        stored is null
        && turn.Input.Event is SignalIn
        && turn.Session is { Flow: null, State: null, Draft.Count: 0 }
        && turn.Session.Lang == turn.Settings.DefaultLanguage
        && !turn.Changes.Upserts.Any(e => e is Session && e.Id == turn.Session.Id);

    /// <summary>
    /// The session as it was loaded, and not otherwise written or deleted by the turn: putting it
    /// again would store the same document, so the write is skipped (many presses and reading
    /// commands leave the session as it was).
    /// </summary>
    private static bool Unchanged(Turn turn, Session? stored) =>
        stored is not null
        && ReferenceEquals(turn.Session, stored)
        && !turn.Changes.Upserts.Any(e => e is Session && e.Id == stored.Id)
        && !turn.Changes.Deletes.Any(d => d.Type == typeof(Session) && d.Id == stored.Id);
}
