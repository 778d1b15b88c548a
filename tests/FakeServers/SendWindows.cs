using System.Diagnostics;

namespace FakeServers;

/// <summary>
/// Per-second counts of a fake's sends, all chats together and per chat: the most that arrived in any
/// sliding second (attempts, refused ones included), and the limits a fake enforces on accepted sends.
/// Not thread-safe: used under the fake's lock.
/// </summary>
public sealed class SendWindows<TChat>(IEqualityComparer<TChat>? chats = null)
    where TChat : notnull
{
    private readonly SlidingWindow _attempts = new();
    private readonly Dictionary<TChat, SlidingWindow> _attemptsPerChat = new(chats);
    private readonly SlidingWindow _accepted = new();
    private readonly Dictionary<TChat, SlidingWindow> _acceptedPerChat = new(chats);

    /// <summary>The most sends that arrived within any sliding second, all chats together.</summary>
    public int MaxInAnySecond { get; private set; }

    /// <summary>The same for the busiest single chat.</summary>
    public int MaxToOneChatInAnySecond { get; private set; }

    /// <summary>Counts a send that arrived, to a chat the request did not name.</summary>
    public void CountAttempt() => MaxInAnySecond = Math.Max(MaxInAnySecond, _attempts.AddAndCount(Stopwatch.GetTimestamp()));

    /// <summary>Counts a send that arrived for <paramref name="chat"/>.</summary>
    public void CountAttempt(TChat chat)
    {
        var now = Stopwatch.GetTimestamp();
        MaxInAnySecond = Math.Max(MaxInAnySecond, _attempts.AddAndCount(now));
        MaxToOneChatInAnySecond = Math.Max(MaxToOneChatInAnySecond, WindowOf(_attemptsPerChat, chat).AddAndCount(now));
    }

    /// <summary>Accepts a send unless the last second already holds <paramref name="global"/> sends, or <paramref name="perChat"/> to this chat.</summary>
    public bool TryAccept(TChat chat, int? global, int? perChat)
    {
        var now = Stopwatch.GetTimestamp();
        var window = WindowOf(_acceptedPerChat, chat);
        if ((global is { } all && _accepted.Count(now) >= all) || (perChat is { } single && window.Count(now) >= single))
        {
            return false;
        }

        _accepted.Add(now);
        window.Add(now);
        return true;
    }

    private static SlidingWindow WindowOf(Dictionary<TChat, SlidingWindow> windows, TChat chat)
    {
        if (!windows.TryGetValue(chat, out var window))
        {
            window = new SlidingWindow();
            windows[chat] = window;
        }

        return window;
    }
}
