using Bot.Storage;
using Domain.Conversations;

namespace Bot.Delivery;

/// <summary>
/// Which chat's message goes next. Each chat has two queues, interactive replies and bulk
/// messages, each keeping its order; a chat's replies go before its bulk messages, chats with a
/// reply waiting go before the others, and chats take turns. A chat with a message in flight, or
/// resting until a time (pacing, a retry), is passed over. Not thread-safe on its own:
/// <see cref="OutboxQueue"/> calls it under its lock.
/// </summary>
internal sealed class ChatTurns
{
    private readonly Dictionary<string, ChatQueue> chats = new(StringComparer.Ordinal);
    private readonly LinkedList<string>[] ready = [new(), new()];

    // Chats held back until their NotBefore: looked at on every take, so kept apart from the
    // thousands of chats a broadcast queues.
    private readonly HashSet<string> resting = new(StringComparer.Ordinal);

    public void Add(string chat, OutboxItem item)
    {
        if (!chats.TryGetValue(chat, out var queue))
        {
            queue = new ChatQueue();
            chats[chat] = queue;
        }

        queue.Lanes[(int)item.Priority].AddLast(item);
        Schedule(chat, queue);
    }

    public bool Has(string chat) => chats.ContainsKey(chat);

    public bool IsInFlight(string chat, long id) => chats.TryGetValue(chat, out var queue) && queue.InFlight?.Id == id;

    /// <summary>Removes a waiting message of <paramref name="chat"/> (never the one in flight); null when it is not there.</summary>
    public OutboxItem? Remove(string chat, long id)
    {
        var queue = chats[chat];
        OutboxItem? removed = null;
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
                removed = node.Value;
                break;
            }
        }

        Schedule(chat, queue);
        return removed;
    }

    /// <summary>Puts <paramref name="item"/> in the place of the waiting message with its id (never the one in flight); false when it is not there.</summary>
    public bool Replace(string chat, OutboxItem item)
    {
        if (!chats.TryGetValue(chat, out var queue))
        {
            return false;
        }

        for (var node = queue.Lanes[(int)item.Priority].First; node is not null; node = node.Next)
        {
            if (node.Value.Id == item.Id && !ReferenceEquals(node.Value, queue.InFlight))
            {
                node.Value = item;
                return true;
            }
        }

        return false;
    }

    /// <summary>The next chat's first message, now in flight; or null with the time a resting chat wakes.</summary>
    public OutboxItem? Take(DateTimeOffset now, out DateTimeOffset? nextDue)
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

    /// <summary>The message in flight leaves its chat; the chat's next one waits its turn.</summary>
    public void Finish(OutboxItem item)
    {
        var chat = item.To.ToString();
        var queue = chats[chat];
        queue.Lanes[(int)item.Priority].Remove(queue.InFlight!);
        queue.InFlight = null;
        Schedule(chat, queue);
    }

    /// <summary>The message in flight stays first in its chat (as <paramref name="item"/>), which rests until <paramref name="notBefore"/>.</summary>
    public void Rest(OutboxItem item, DateTimeOffset notBefore)
    {
        var chat = item.To.ToString();
        var queue = chats[chat];
        var node = queue.Lanes[(int)item.Priority].Find(queue.InFlight!)!;
        node.Value = item;
        queue.InFlight = null;
        queue.NotBefore = notBefore;
        resting.Add(chat);
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
