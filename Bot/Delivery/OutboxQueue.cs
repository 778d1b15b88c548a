using Bot.Pipeline;
using Bot.Storage;
using Bot.Workers;
using Domain.Conversations;

namespace Bot.Delivery;

/// <summary>
/// The sender's view of the outbox, in memory. Each chat has two queues, interactive replies and
/// bulk messages, each keeping its order; a chat's replies go before its bulk messages, chats with
/// a reply waiting go before the others, and chats take turns. One message per chat is in flight
/// at a time. The database stays the truth; this is rebuilt from it at start. It also counts each
/// tag's messages by fate, so a broadcast's progress is read here instead of from its rows.
/// </summary>
public sealed class OutboxQueue
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, ChatQueue> chats = new(StringComparer.Ordinal);
    private readonly LinkedList<string>[] ready = [new(), new()];
    private readonly Dictionary<long, string> known = [];

    // Messages cancelled while in flight: one whose send then fails is not tried again.
    private readonly HashSet<long> cancelledInFlight = [];
    private readonly TagTally tally = new();

    // Chats held back until their NotBefore (pacing, a retry): looked at on every take, so kept
    // apart from the thousands of chats a broadcast queues.
    private readonly HashSet<string> resting = new(StringComparer.Ordinal);
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
                if (!chats.TryGetValue(chat, out var queue))
                {
                    queue = new ChatQueue();
                    chats[chat] = queue;
                }

                queue.Lanes[(int)item.Priority].AddLast(item);
                Schedule(chat, queue);
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
                if (!known.TryGetValue(id, out var chat) || !chats.TryGetValue(chat, out var queue))
                {
                    continue;
                }

                if (queue.InFlight?.Id == id)
                {
                    // Being sent: it finishes, and a failed attempt ends it as cancelled (see Retry).
                    cancelledInFlight.Add(id);
                    continue;
                }

                known.Remove(id);

                foreach (var lane in queue.Lanes)
                {
                    var node = lane.First;
                    while (node is not null && (node.Value.Id != id || ReferenceEquals(node.Value, queue.InFlight)))
                    {
                        node = node.Next;
                    }

                    if (node is not null)
                    {
                        lane.Remove(node);
                        Idle.End();
                        tally.Count(node.Value.Tag, OutboxStatus.Pending, -1);
                        tally.Count(node.Value.Tag, OutboxStatus.Cancelled, +1);
                        break;
                    }
                }

                Schedule(chat, queue);
            }

            Wake();
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
            nextDue = null;
            if (resting.Count > 0)
            {
                foreach (var chat in resting.Where(c => chats[c].NotBefore <= now).ToList())
                {
                    resting.Remove(chat);
                    var queue = chats[chat];
                    queue.NotBefore = null;
                    Schedule(chat, queue);
                }

                foreach (var chat in resting)
                {
                    var waiting = chats[chat].NotBefore!.Value;
                    nextDue = nextDue is null || waiting < nextDue ? waiting : nextDue;
                }
            }

            foreach (var lane in ready)
            {
                if (lane.First is { } node)
                {
                    lane.RemoveFirst();
                    var queue = chats[node.Value];
                    queue.Scheduled = null;
                    queue.InFlight = queue.Head;
                    return queue.InFlight;
                }
            }

            return null;
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
            var chat = item.To.ToString();
            var queue = chats[chat];
            queue.Lanes[(int)item.Priority].Remove(queue.InFlight!);
            queue.InFlight = null;
            known.Remove(item.Id);
            cancelledInFlight.Remove(item.Id);
            Idle.End();
            Schedule(chat, queue);
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

            var chat = item.To.ToString();
            var queue = chats[chat];
            var node = queue.Lanes[(int)item.Priority].Find(queue.InFlight!)!;
            node.Value = countAttempt ? item with { Attempts = item.Attempts + 1 } : item;
            queue.InFlight = null;
            queue.NotBefore = notBefore;
            resting.Add(chat);
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

    /// <summary>Puts the chat in the lane of its first message, unless it is busy, waiting, or empty.</summary>
    private void Schedule(string chat, ChatQueue queue)
    {
        if (queue.InFlight is not null || queue.NotBefore is not null)
        {
            return;
        }

        if (queue.Head is not { } head)
        {
            if (queue.Scheduled is { } stale)
            {
                ready[(int)stale].Remove(chat);
            }

            chats.Remove(chat);
            return;
        }

        if (queue.Scheduled == head.Priority)
        {
            return;
        }

        if (queue.Scheduled is { } lane)
        {
            ready[(int)lane].Remove(chat);
        }

        // A chat that gets a reply moves ahead of the bulk lane at once.
        ready[(int)head.Priority].AddLast(chat);
        queue.Scheduled = head.Priority;
    }

    private void Wake()
    {
        changed.TrySetResult();
        changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class ChatQueue
    {
        public LinkedList<OutboxItem>[] Lanes { get; } = [new(), new()];

        public OutboxItem? InFlight { get; set; }

        public DateTimeOffset? NotBefore { get; set; }

        /// <summary>The lane this chat waits in, if any.</summary>
        public Priority? Scheduled { get; set; }

        public OutboxItem? Head => Lanes[0].First?.Value ?? Lanes[1].First?.Value;
    }
}
