using Bot.Storage;
using Bot.Workers;

namespace Bot.Delivery;

/// <summary>
/// The sender's view of the outbox, in memory, safe to use from any thread: the messages known,
/// in the order <see cref="ChatTurns"/> gives (one message per chat in flight at a time), and what
/// was cancelled meanwhile. The database stays the truth; this is rebuilt from it at start. It also
/// counts each tag's messages by fate (<see cref="TagTally"/>), so a broadcast's progress is read
/// here instead of from its rows.
/// </summary>
public sealed class OutboxQueue
{
    private readonly Lock gate = new();
    private readonly ChatTurns turns = new();
    private readonly Dictionary<long, string> known = [];

    // Messages cancelled while in flight: one whose send then fails is not tried again.
    private readonly HashSet<long> cancelledInFlight = [];

    // Messages rewritten while in flight (an erasure took a name out): a retry sends the new text.
    private readonly Dictionary<long, OutboxItem> rewrittenInFlight = [];
    private readonly TagTally tally = new();

    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IdleSignal Idle { get; } = new();

    public void Add(IEnumerable<OutboxItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        lock (gate)
        {
            foreach (var item in items)
            {
                var chat = item.To.ToString();
                if (!known.TryAdd(item.Id, chat))
                {
                    continue;
                }

                Idle.Begin();
                tally.Count(item.Tag, OutboxStatus.Pending, +1);
                turns.Add(chat, item);
            }

            Wake();
        }
    }

    /// <summary>Forgets cancelled messages that are still waiting (one already being sent finishes).</summary>
    public void Drop(IEnumerable<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        lock (gate)
        {
            foreach (var id in ids)
            {
                if (!known.TryGetValue(id, out var chat) || !turns.Has(chat))
                {
                    continue;
                }

                if (turns.IsInFlight(chat, id))
                {
                    // Being sent: it finishes, and a failed attempt ends it as cancelled (see Retry).
                    cancelledInFlight.Add(id);
                    continue;
                }

                known.Remove(id);
                if (turns.Remove(chat, id) is { } removed)
                {
                    Idle.End();
                    tally.Count(removed.Tag, OutboxStatus.Pending, -1);
                    tally.Count(removed.Tag, OutboxStatus.Cancelled, +1);
                }
            }

            Wake();
        }
    }

    /// <summary>
    /// Sends these in place of the waiting messages with their ids (an erasure rewrote them); one
    /// being sent finishes as it was, and is sent as rewritten if it must be tried again.
    /// </summary>
    public void Replace(IEnumerable<OutboxItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        lock (gate)
        {
            foreach (var item in items)
            {
                if (!known.TryGetValue(item.Id, out var chat) || turns.Replace(chat, item))
                {
                    continue;
                }

                if (turns.IsInFlight(chat, item.Id))
                {
                    rewrittenInFlight[item.Id] = item;
                }
            }
        }
    }

    /// <summary>
    /// Takes the next message to send, or null with the time to look again. The chat is then
    /// busy until <see cref="Done"/> or <see cref="Retry"/>.
    /// </summary>
    public OutboxItem? TryTake(DateTimeOffset now, out DateTimeOffset? nextDue)
    {
        lock (gate)
        {
            return turns.Take(now, out nextDue);
        }
    }

    /// <summary>The message left the queue for good (sent, failed or skipped), its fate stored as <paramref name="status"/>.</summary>
    public void Done(OutboxItem item, OutboxStatus status)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (gate)
        {
            tally.Count(item.Tag, OutboxStatus.Pending, -1);
            tally.Count(item.Tag, status, +1);
            turns.Finish(item);
            known.Remove(item.Id);
            cancelledInFlight.Remove(item.Id);
            rewrittenInFlight.Remove(item.Id);
            Idle.End();
            Wake();
        }
    }

    /// <summary>
    /// The message stays first in its chat and is tried again at <paramref name="notBefore"/>;
    /// <paramref name="countAttempt"/> is false when it was only held back by pacing. A message
    /// cancelled while it was in flight leaves the queue as cancelled instead: false then.
    /// </summary>
    public bool Retry(OutboxItem item, DateTimeOffset notBefore, bool countAttempt = true)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (gate)
        {
            if (cancelledInFlight.Contains(item.Id))
            {
                Done(item, OutboxStatus.Cancelled);
                return false;
            }

            if (rewrittenInFlight.Remove(item.Id, out var rewritten))
            {
                item = item with { Message = rewritten.Message };
            }

            turns.Rest(countAttempt ? item with { Attempts = item.Attempts + 1 } : item, notBefore);
            Wake();
            return true;
        }
    }

    /// <summary>
    /// Adds the fates of a tag's messages that finished before this queue was filled (read from
    /// the database at start, before anything is sent); its pending ones are counted as they are added.
    /// </summary>
    public void AddFinished(string tag, IReadOnlyDictionary<OutboxStatus, int> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        lock (gate)
        {
            foreach (var (status, count) in stored)
            {
                if (status != OutboxStatus.Pending)
                {
                    tally.Count(tag, status, count);
                }
            }
        }
    }

    /// <summary>How many of a tag's messages are in each state, as far as this process saw them; null for a tag it never saw.</summary>
    public IReadOnlyDictionary<OutboxStatus, int>? CountsOf(string tag)
    {
        lock (gate)
        {
            return tally.CountsOf(tag);
        }
    }

    /// <summary>Stops counting a tag whose broadcast is over.</summary>
    public void Forget(string tag)
    {
        lock (gate)
        {
            tally.Forget(tag);
        }
    }

    /// <summary>Completes when something was added or finished, or at <paramref name="until"/>.</summary>
    public async Task WaitAsync(DateTimeOffset? until, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        Task signal;
        lock (gate)
        {
            signal = changed.Task;
        }

        var delay = until is { } due ? due - time.GetUtcNow() : TimeSpan.FromSeconds(1);
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        await Task.WhenAny(signal, Task.Delay(delay, time, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
    }

    private void Wake()
    {
        changed.TrySetResult();
        changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
