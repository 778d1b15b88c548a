using System.Globalization;
using System.Text;

namespace FakeTelegram;

public sealed partial class FakeBotApi
{
    /// <summary>The ids of every update enqueued so far (kept only with <see cref="FakeBotApiOptions.KeepCopies"/>).</summary>
    public IReadOnlyCollection<int> EnqueuedUpdateIds
    {
        get
        {
            lock (Gate)
            {
                return [.. _updateHistory.Keys];
            }
        }
    }

    /// <summary>
    /// Adds the messages recorded after the first <paramref name="seen"/> to <paramref name="into"/> and moves
    /// <paramref name="seen"/> past them; answers a task that completes at the next change, taken under the same
    /// lock, so a message recorded after this look is not missed. For readers of many chats at once, where
    /// <see cref="WaitForAsync"/> would copy every chat's record on every change.
    /// </summary>
    public Task ReadSentSince(ref int seen, List<SentMessage> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        lock (Gate)
        {
            for (var i = seen; i < Sent.Count; i++)
            {
                into.Add(Sent[i]);
            }

            seen = Sent.Count;
            return ChangedLocked;
        }
    }

    /// <summary>
    /// The first message recorded for <paramref name="chatId"/> (including ones recorded before this call) that matches,
    /// waiting for it up to <paramref name="timeout"/> (10 s by default).
    /// </summary>
    /// <exception cref="TimeoutException">None matched in time; the message lists what the chat got.</exception>
    public async Task<SentMessage> WaitForAsync(long chatId, Func<SentMessage, bool> predicate, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        SentMessage? match = null;
        await WaitForChatAsync(chatId, timeout, got => (match = got.FirstOrDefault(predicate)) is not null, "No matching message");
        return match!;
    }

    /// <summary>Waits until every enqueued update has been confirmed by a getUpdates call with a higher offset.</summary>
    /// <exception cref="TimeoutException">Some were still pending after <paramref name="timeout"/> (10 s by default).</exception>
    public Task WaitUntilConfirmedAsync(TimeSpan? timeout = null) =>
        WaitUntilAsync(
            () => _queue.Count == 0 ? null : string.Join(", ", _queue.Select(q => $"{q.UpdateId}{(q.Delivered ? " (delivered, not confirmed)" : " (not delivered)")}")),
            pending => pending is null,
            timeout,
            (pending, wait) => $"Updates still unconfirmed after {wait.TotalSeconds:0.###} s: {pending}.");

    /// <summary>The commands set with setMyCommands, by language_code ("" for the default).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Command, string Description)>> Commands
    {
        get
        {
            lock (Gate)
            {
                return new Dictionary<string, IReadOnlyList<(string Command, string Description)>>(_commands, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>answerCallbackQuery calls, in order.</summary>
    public IReadOnlyList<(string CallbackQueryId, string? Text, bool ShowAlert)> AnsweredCallbacks
    {
        get
        {
            lock (Gate)
            {
                return _answered.ToArray();
            }
        }
    }

    /// <summary>The webhook URL set with setWebhook, or null.</summary>
    public string? WebhookUrl
    {
        get
        {
            lock (Gate)
            {
                return _webhookUrl;
            }
        }
    }

    /// <summary>The secret_token set with setWebhook, or null.</summary>
    public string? WebhookSecret
    {
        get
        {
            lock (Gate)
            {
                return _webhookSecret;
            }
        }
    }

    /// <summary>429 answers given, injected and enforced.</summary>
    public int TooManyRequests
    {
        get
        {
            lock (Gate)
            {
                return _tooManyRequests;
            }
        }
    }

    protected override long ChatOf(SentMessage message) => message.ChatId;

    protected override void Describe(StringBuilder text, SentMessage m)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(m);
        text.Append(CultureInfo.InvariantCulture, $"#{m.MessageId} {m.Method}: ");
        text.Append(m.Text is null ? "(no text)" : "\"" + m.Text + "\"");
        if (m.DocumentFileName is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" file={m.DocumentFileName}");
        }

        if (m.InlineKeyboard.Count > 0)
        {
            text.Append(" inline=[");
            text.AppendJoin(" | ", m.Buttons.Select(b => b.CallbackData is null ? b.Text : $"{b.Text}→{b.CallbackData}"));
            text.Append(']');
        }

        if (m.ReplyKeyboard.Count > 0)
        {
            text.Append(" keyboard=[");
            text.AppendJoin(" | ", m.ReplyKeyboard.SelectMany(r => r).Select(b => b.RequestContact ? b.Text + " (contact)" : b.Text));
            text.Append(']');
        }

        if (m.RemoveKeyboard)
        {
            text.Append(" remove_keyboard");
        }
    }
}
