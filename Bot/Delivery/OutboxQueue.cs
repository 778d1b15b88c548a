using Bot.Pipeline;
using Bot.Storage;
using Domain.Conversations;

namespace Bot.Delivery;

/// <summary>
/// The sender's view of the outbox, in memory: one queue per chat so a chat's messages keep their
/// order, chats taken round-robin, and chats with an interactive message first. The database stays
/// the truth; this is rebuilt from it at start.
/// </summary>
public sealed class OutboxQueue
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedList<OutboxItem>> chats = new(StringComparer.Ordinal);
    private readonly LinkedList<string>[] ready = [new(), new()];
    private readonly HashSet<string> busy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> delayed = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> known = [];
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
                if (!chats.TryGetValue(chat, out var queue))
                {
                    queue = new LinkedList<OutboxItem>();
                    chats[chat] = queue;
                }

                queue.AddLast(item);
                if (queue.Count == 1 && !busy.Contains(chat) && !delayed.ContainsKey(chat))
                {
                    ready[(int)item.Priority].AddLast(chat);
                }
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
                if (!known.Remove(id, out var chat) || !chats.TryGetValue(chat, out var queue))
                {
                    continue;
                }

                // The head of a busy chat is in flight: it completes normally.
                var node = busy.Contains(chat) ? queue.First?.Next : queue.First;
                while (node is not null && node.Value.Id != id)
                {
                    node = node.Next;
                }

                if (node is null)
                {
                    continue;
                }

                var wasHead = node == queue.First;
                queue.Remove(node);
                Idle.End();
                if (!wasHead)
                {
                    continue;
                }

                ready[0].Remove(chat);
                ready[1].Remove(chat);
                if (queue.Count == 0)
                {
                    chats.Remove(chat);
                    delayed.Remove(chat);
                }
                else if (!delayed.ContainsKey(chat))
                {
                    ready[(int)queue.First!.Value.Priority].AddLast(chat);
                }
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
            ReleaseDelayed(now);
            nextDue = delayed.Count == 0 ? null : delayed.Values.Min();
            foreach (var lane in ready)
            {
                if (lane.First is { } node)
                {
                    lane.RemoveFirst();
                    busy.Add(node.Value);
                    return chats[node.Value].First!.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The message left the queue for good (sent, failed or skipped).</summary>
    public void Done(OutboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (gate)
        {
            var chat = item.To.ToString();
            var queue = chats[chat];
            queue.RemoveFirst();
            known.Remove(item.Id);
            busy.Remove(chat);
            if (queue.Count == 0)
            {
                chats.Remove(chat);
            }
            else
            {
                ready[(int)queue.First!.Value.Priority].AddLast(chat);
            }

            Idle.End();
            Wake();
        }
    }

    /// <summary>The message stays first in its chat and is tried again at <paramref name="notBefore"/>.</summary>
    public void Retry(OutboxItem item, DateTimeOffset notBefore)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (gate)
        {
            var chat = item.To.ToString();
            var queue = chats[chat];
            queue.First!.Value = item with { Attempts = item.Attempts + 1 };
            busy.Remove(chat);
            delayed[chat] = notBefore;
            Wake();
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

    private void ReleaseDelayed(DateTimeOffset now)
    {
        if (delayed.Count == 0)
        {
            return;
        }

        foreach (var chat in delayed.Where(d => d.Value <= now).Select(d => d.Key).ToList())
        {
            delayed.Remove(chat);
            ready[(int)Priority.Interactive].AddFirst(chat);
        }
    }

    private void Wake()
    {
        changed.TrySetResult();
        changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
