using System.Globalization;
using System.Text;

namespace FakeZalo;

public sealed partial class FakeZaloApi
{
    // ----- what the bot sent -----

    /// <summary>What the bot successfully sent to this chat (sendMessage, sendPhoto, sendSticker), in order.</summary>
    public IReadOnlyList<SentMessage> SentTo(string chatId)
    {
        lock (Gate)
        {
            return _sent.Where(m => m.ChatId == chatId).ToArray();
        }
    }

    /// <summary>Every message recorded, all chats, in order.</summary>
    public IReadOnlyList<SentMessage> AllSent
    {
        get
        {
            lock (Gate)
            {
                return _sent.ToArray();
            }
        }
    }

    /// <summary>Every successful sendChatAction, in order.</summary>
    public IReadOnlyList<ChatActionSent> ChatActions
    {
        get
        {
            lock (Gate)
            {
                return _chatActions.ToArray();
            }
        }
    }

    /// <summary>
    /// The first message recorded for <paramref name="chatId"/> (including ones recorded before this call) that matches,
    /// waiting for it up to <paramref name="timeout"/> (10 s by default).
    /// </summary>
    /// <exception cref="TimeoutException">None matched in time; the message lists what the chat got.</exception>
    public async Task<SentMessage> WaitForAsync(string chatId, Func<SentMessage, bool> predicate, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        ArgumentNullException.ThrowIfNull(predicate);
        SentMessage? match = null;
        await WaitForChatAsync(chatId, timeout, got => (match = got.FirstOrDefault(predicate)) is not null, "No matching message");
        return match!;
    }

    /// <summary>
    /// The first <paramref name="count"/> messages recorded for <paramref name="chatId"/>, waiting until there are
    /// that many, up to <paramref name="timeout"/> (10 s by default).
    /// </summary>
    /// <exception cref="TimeoutException">Fewer arrived in time; the message lists what the chat got.</exception>
    public async Task<IReadOnlyList<SentMessage>> WaitForCountAsync(string chatId, int count, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        IReadOnlyList<SentMessage> result = [];
        await WaitForChatAsync(chatId, timeout, got => (result = got.Take(count).ToArray()).Count == count, $"Fewer than {count} messages");
        return result;
    }

    private async Task WaitForChatAsync(string chatId, TimeSpan? timeout, Func<SentMessage[], bool> done, string what) =>
        await WaitUntilAsync(
            () => _sent.Where(m => m.ChatId == chatId).ToArray(),
            done,
            timeout,
            (got, wait) => DescribeTimeout(chatId, what, wait, got));

    // ----- counters -----

    /// <summary>How many calls of this method were answered <c>ok: true</c>.</summary>
    public int Succeeded(string method)
    {
        lock (Gate)
        {
            return _succeeded.GetValueOrDefault(method);
        }
    }

    /// <summary>Sends refused by the enforced limits (<see cref="FakeZaloApiOptions.GlobalLimitPerSecond"/>, <see cref="FakeZaloApiOptions.PerChatLimitPerSecond"/>).</summary>
    public int RateLimitRefusals
    {
        get
        {
            lock (Gate)
            {
                return _rateLimitRefusals;
            }
        }
    }

    /// <summary>
    /// The highest number of sends (sendMessage, sendPhoto, sendSticker; failed attempts included) that arrived
    /// within any sliding 1 s window, all chats together.
    /// </summary>
    public int MaxSendsInAnySecond
    {
        get
        {
            lock (Gate)
            {
                return _sends.MaxInAnySecond;
            }
        }
    }

    /// <summary>The same as <see cref="MaxSendsInAnySecond"/>, for the busiest single chat.</summary>
    public int MaxSendsToOneChatInAnySecond
    {
        get
        {
            lock (Gate)
            {
                return _sends.MaxToOneChatInAnySecond;
            }
        }
    }

    /// <summary>The <c>timeout</c> parameter of every getUpdates call as sent (its JSON, e.g. <c>"30"</c> or <c>30</c>; null when absent).</summary>
    public IReadOnlyList<string?> PollTimeouts
    {
        get
        {
            lock (Gate)
            {
                return _pollTimeouts.ToArray();
            }
        }
    }

    /// <summary>setWebhook's test requests: the url it was sent to and the HTTP status the bot answered (null when none came).</summary>
    public IReadOnlyList<(string Url, int? Status)> WebhookProbes
    {
        get
        {
            lock (Gate)
            {
                return _probes.ToArray();
            }
        }
    }

    private static string DescribeTimeout(string chatId, string what, TimeSpan wait, SentMessage[] got)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{what} to chat {chatId} within {wait.TotalSeconds:0.###} s. ");
        if (got.Length == 0)
        {
            text.Append("The chat got nothing.");
            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"The chat got {got.Length}:");
        foreach (var m in got)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {m.MessageId} {m.Method}: ");
            text.Append(m.Text is null ? "(no text)" : "\"" + m.Text + "\"");
            if (m.Photo is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $" photo={m.Photo}");
            }

            if (m.Sticker is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $" sticker={m.Sticker}");
            }
        }

        return text.ToString();
    }
}
