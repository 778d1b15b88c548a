using Domain.Conversations;

namespace Bot.Storage;

/// <summary>
/// The way a worker below the pipeline (the sender, the broadcast monitor) raises a signal: it is
/// stored in the inbox like any event, and then handed to whoever schedules turns (the pipeline
/// subscribes at its creation). Storing first means a signal is never lost: one posted before
/// anyone subscribed waits here, and one a crash interrupts is found again at the next start.
/// </summary>
public sealed class SignalFeed(IInbox inbox)
{
    private readonly Lock gate = new();
    private readonly List<InboxItem> waiting = [];
    private Action<InboxItem>? listener;

    /// <summary>Stores the signal and hands it on; false when a signal with its id was stored before.</summary>
    public bool Post(InboundEnvelope signal)
    {
        if (inbox.TryAdd(signal) is not { } item)
        {
            return false;
        }

        Action<InboxItem>? handler;
        lock (gate)
        {
            handler = listener;
            if (handler is null)
            {
                waiting.Add(item);
            }
        }

        handler?.Invoke(item);
        return true;
    }

    /// <summary>Hands every stored signal to <paramref name="handler"/>, those posted before first.</summary>
    public void Subscribe(Action<InboxItem> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        List<InboxItem> early;
        lock (gate)
        {
            listener = handler;
            early = [.. waiting];
            waiting.Clear();
        }

        foreach (var item in early)
        {
            handler(item);
        }
    }
}
