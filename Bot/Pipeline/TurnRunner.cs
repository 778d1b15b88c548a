using Bot.Storage;
using Domain;
using Domain.Conversations;
using Domain.Users;
using Microsoft.Extensions.Logging;

namespace Bot.Pipeline;

/// <summary>
/// Handles one stored inbound event: loads what the bot knows of the sender, lets the core decide,
/// and commits the outcome. A handler that throws still gets the person a short apology, and the
/// event is not retried forever.
/// </summary>
public sealed class TurnRunner(
    IInbox inbox,
    IReadModel entities,
    ITurnStore committer,
    Router router,
    BotSettings settings,
    IReachability reachability,
    IEnumerable<ILateFileFetch> fetches,
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

        if (received.Event is MediaIn { Kind: MediaKind.Document, Content: null })
        {
            foreach (var fetch in fetches)
            {
                received = await fetch.CompleteAsync(received, person, CancellationToken.None);
            }
        }

        if (received.Event is not SignalIn)
        {
            var speaking = received.AsPerson(person);
            reachability.MarkReachable(speaking.Via ?? speaking.From);
        }

        var now = time.GetUtcNow();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var turn = TurnExecution.Run(router, received, person, entities, settings, now, (ex, envelope) =>
            logger.LogError(ex, "Handling {Event} from {User} failed", envelope.Event.GetType().Name, envelope.From));
        var heavy = HeavyTurns.IsHeavy(allocated);
        var result = await committer.CommitAsync(seq, turn.Changes, now, received);
        if (heavy)
        {
            HeavyTurns.Settle();
        }

        return result;
    }
}
