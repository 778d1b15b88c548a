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
    public CommitResult? Run(long seq)
    {
        var envelope = inbox.Unhandled(seq);
        if (envelope is null)
        {
            return null;
        }

        // A linked channel speaks for its person: their session, their records, their queue.
        envelope = envelope.AsPerson(Identities.PersonOf(entities, envelope.From));
        var key = envelope.From;
        var session = entities.Find<Session>(key.ToString()) ?? Session.New(key, settings.DefaultLanguage);
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

        turn.Changes.Put(turn.Session);
        return committer.Commit(seq, turn.Changes, now);
    }
}
