using Bot.Storage;
using Domain.Conversations;
using Domain.Text;
using Domain.Users;
using Microsoft.Extensions.Logging;

namespace Bot.Pipeline;

/// <summary>
/// Handles one stored inbound event: loads what the bot knows of the sender, lets the core decide,
/// and commits the outcome. A handler that throws still gets the person a short apology, and the
/// event is not retried forever.
/// </summary>
public sealed class TurnRunner(
    Inbox inbox,
    EntityStore entities,
    TurnCommitter committer,
    Router router,
    BotSettings settings,
    Reachability reachability,
    TimeProvider time,
    ILogger<TurnRunner> logger)
{
    /// <summary>
    /// Handles the item and completes once its outcome is stored. The item's envelope, when it was
    /// just stored, saves reading it back; a recovered item is read from the inbox.
    /// </summary>
    /// <param name="person">Whose turn it is: the sender, or the person a linked channel belongs to (the caller's queue resolved it).</param>
    public async Task<CommitResult?> RunAsync(InboxItem item, UserKey person)
    {
        ArgumentNullException.ThrowIfNull(item);
        var seq = item.Seq;
        var received = item.Envelope ?? inbox.Unhandled(seq);
        if (received is null)
        {
            return null;
        }

        // A linked channel speaks for its person: their session, their records, their queue.
        var envelope = received.AsPerson(person);
        var key = envelope.From;
        var stored = entities.Find<Session>(key.ToString());
        var session = stored ?? Session.New(key, settings.DefaultLanguage);
        if (envelope.Event is not SignalIn)
        {
            reachability.MarkReachable(envelope.Via ?? key);
        }

        var now = time.GetUtcNow();
        var turn = new Turn(envelope, session, entities, settings, now);
        try
        {
            router.Handle(turn);
        }
#pragma warning disable CA1031 // Any bug in a handler must end in an apology to the person, not in silence.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Handling {Event} from {User} failed", envelope.Event.GetType().Name, key);
            turn = new Turn(envelope, session, entities, settings, now);
            turn.Acknowledge();
            if (envelope.Event is not SignalIn)
            {
                turn.Say(Texts.InternalError);
                Identities.Readdress(turn);
            }
        }

        // An erased person leaves no session behind either: they are a stranger again.
        if (!Unchanged(turn, stored) && turn.Changes.Erasures.Count == 0)
        {
            turn.Changes.Put(turn.Session);
        }

        return await committer.CommitAsync(seq, turn.Changes, now, received);
    }

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
