using System.Globalization;
using System.Text;

namespace FakeZalo;

public sealed partial class FakeZaloApi
{
    // ----- what the bot sent -----

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

    protected override string ChatOf(SentMessage message) => message.ChatId;

    protected override void Describe(StringBuilder text, SentMessage m)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(m);
        text.Append(CultureInfo.InvariantCulture, $"{m.MessageId} {m.Method}: ");
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
}
