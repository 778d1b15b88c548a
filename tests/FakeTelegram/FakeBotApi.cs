using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FakeServers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FakeTelegram;

/// <summary>
/// An in-process fake of the Telegram Bot API (https://core.telegram.org/bots/api) on 127.0.0.1 with a dynamic port,
/// speaking its JSON so that the real Telegram.Bot client works against <see cref="BaseUrl"/> unmodified.
/// All state is guarded by one lock; the bot may call it concurrently.
/// </summary>
[SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Telegram.Bot takes the base URL and webhook URL as strings.")]
public sealed partial class FakeBotApi : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly FakeBotApiOptions _options;
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Func<RequestArgs, CancellationToken, Task<ApiResult>>> _handlers;

    // Everything below is guarded by _gate.
    private TaskCompletionSource _changed = NewSignal();
    private readonly Dictionary<long, FakeUser> _users = [];
    private readonly Dictionary<long, int> _lastMessageId = [];
    private readonly Dictionary<(long Chat, int Id), JsonObject> _messages = [];
    private readonly List<SentMessage> _sent = [];
    private readonly List<QueuedUpdate> _queue = [];
    private readonly Dictionary<int, JsonObject> _updateHistory = [];
    private readonly Dictionary<long, int> _lastUpdateByUser = [];
    private readonly Dictionary<string, int> _calls = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Queue<InjectedFailure>> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, string> _forbidden = [];
    private readonly Dictionary<string, IReadOnlyList<(string Command, string Description)>> _commands = new(StringComparer.Ordinal);
    private readonly List<(string CallbackQueryId, string? Text, bool ShowAlert)> _answered = [];
    private readonly Dictionary<string, StoredFile> _files = new(StringComparer.Ordinal);
    private readonly SlidingWindow _attempts = new();
    private readonly Dictionary<long, SlidingWindow> _attemptsPerChat = [];
    private readonly SlidingWindow _accepted = new();
    private readonly Dictionary<long, SlidingWindow> _acceptedPerChat = [];
    private HashSet<string>? _allowedUpdates;
    private string? _webhookUrl;
    private string? _webhookSecret;
    private int _lastUpdateId = 100_000;
    private int _tooManyRequests;
    private int _maxSends;
    private int _maxSendsToOneChat;
    private int _fileCounter;
    private long _callbackCounter = 4_382_000_000_000_000;
    private long _responseDelayTicks;
    private int _disposed;

    private FakeBotApi(FakeBotApiOptions options)
    {
        _options = options;
        _handlers = CreateHandlers();

        _app = LoopbackServer.Build(typeof(FakeBotApi).Assembly.GetName().Name!, HandleAsync, 64 * 1024 * 1024);
    }

    /// <summary>Starts a server on 127.0.0.1 with a free port.</summary>
    public static async Task<FakeBotApi> StartAsync(FakeBotApiOptions? options = null)
    {
        var api = new FakeBotApi(options ?? new FakeBotApiOptions());
        try
        {
            api.BaseUrl = await LoopbackServer.StartAsync(api._app);
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    /// <summary>"http://127.0.0.1:PORT", to give to TelegramBotClientOptions as baseUrl.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The token the server accepts.</summary>
    public string Token => _options.Token;

    /// <summary>The options the server runs with.</summary>
    public FakeBotApiOptions Options => _options;

    /// <summary>The Telegram user (and private chat) with this id; the same object for the same id (later arguments are ignored).</summary>
    public FakeUser User(long id, string firstName = "Người dùng", string? languageCode = "vi")
    {
        lock (_gate)
        {
            if (!_users.TryGetValue(id, out var user))
            {
                user = new FakeUser(this, id, firstName, languageCode);
                _users[id] = user;
            }

            return user;
        }
    }

    /// <summary>What the bot successfully sent to, edited in, or deleted from this chat, in order.</summary>
    public IReadOnlyList<SentMessage> SentTo(long chatId)
    {
        lock (_gate)
        {
            return _sent.Where(m => m.ChatId == chatId).ToArray();
        }
    }

    /// <summary>Everything recorded, in order.</summary>
    public IReadOnlyList<SentMessage> AllSent
    {
        get
        {
            lock (_gate)
            {
                return _sent.ToArray();
            }
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
        var wait = timeout ?? DefaultWait;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            SentMessage[] snapshot;
            Task changed;
            lock (_gate)
            {
                snapshot = _sent.Where(m => m.ChatId == chatId).ToArray();
                changed = _changed.Task;
            }

            var match = snapshot.FirstOrDefault(predicate);
            if (match is not null)
            {
                return match;
            }

            var remaining = wait - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(DescribeTimeout(chatId, wait, snapshot));
            }

            await WaitSignalAsync(changed, remaining, CancellationToken.None);
        }
    }

    /// <summary>Waits until every enqueued update has been confirmed by a getUpdates call with a higher offset.</summary>
    /// <exception cref="TimeoutException">Some were still pending after <paramref name="timeout"/> (10 s by default).</exception>
    public async Task WaitUntilConfirmedAsync(TimeSpan? timeout = null)
    {
        var wait = timeout ?? DefaultWait;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            Task changed;
            string pending;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    return;
                }

                changed = _changed.Task;
                pending = string.Join(", ", _queue.Select(q => $"{q.UpdateId}{(q.Delivered ? " (delivered, not confirmed)" : " (not delivered)")}"));
            }

            var remaining = wait - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Updates still unconfirmed after {wait.TotalSeconds:0.###} s: {pending}.");
            }

            await WaitSignalAsync(changed, remaining, CancellationToken.None);
        }
    }

    /// <summary>The commands set with setMyCommands, by language_code ("" for the default).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Command, string Description)>> Commands
    {
        get
        {
            lock (_gate)
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
            lock (_gate)
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
            lock (_gate)
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
            lock (_gate)
            {
                return _webhookSecret;
            }
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="method"/> (case-insensitive) fail with <paramref name="statusCode"/>.
    /// A 429 carries parameters.retry_after (<paramref name="retryAfterSeconds"/> or the options' RetryAfterSeconds).
    /// Several calls for one method queue up. Injected failures are checked before anything else, getUpdates included.
    /// With <paramref name="chatId"/>, only calls to that chat take the failure (calls to other chats wait the same
    /// response delay and may finish first).
    /// </summary>
    public void FailNext(string method, int statusCode, int count = 1, int? retryAfterSeconds = null, string? description = null, long? chatId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var retryAfter = statusCode == 429 ? retryAfterSeconds ?? _options.RetryAfterSeconds : (int?)null;
        var failure = new InjectedFailure(statusCode, description ?? DefaultDescription(statusCode, retryAfter), retryAfter) { Remaining = count, ChatId = chatId };
        lock (_gate)
        {
            if (!_failures.TryGetValue(method, out var queue))
            {
                queue = new Queue<InjectedFailure>();
                _failures[method] = queue;
            }

            queue.Enqueue(failure);
        }
    }

    /// <summary>Drops every failure queued by <see cref="FailNext"/> that has not been used yet.</summary>
    public void ClearFailures()
    {
        lock (_gate)
        {
            _failures.Clear();
        }
    }

    /// <summary>From now on every call targeting this chat answers 403 "Forbidden: bot was blocked by the user".</summary>
    public void Block(long chatId)
    {
        lock (_gate)
        {
            _forbidden[chatId] = "Forbidden: bot was blocked by the user";
        }
    }

    /// <summary>From now on every call targeting this chat answers 403 "Forbidden: user is deactivated".</summary>
    public void Deactivate(long chatId)
    {
        lock (_gate)
        {
            _forbidden[chatId] = "Forbidden: user is deactivated";
        }
    }

    /// <summary>Undoes <see cref="Block"/> and <see cref="Deactivate"/>.</summary>
    public void Unblock(long chatId)
    {
        lock (_gate)
        {
            _forbidden.Remove(chatId);
        }
    }

    /// <summary>Waited before handling every call but getUpdates.</summary>
    public TimeSpan ResponseDelay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _responseDelayTicks));
        set => Interlocked.Exchange(ref _responseDelayTicks, value.Ticks);
    }

    /// <summary>How many calls of this method (case-insensitive) came with the right token, failed ones included.</summary>
    public int Calls(string method)
    {
        lock (_gate)
        {
            return _calls.GetValueOrDefault(method);
        }
    }

    /// <summary>429 answers given, injected and enforced.</summary>
    public int TooManyRequests
    {
        get
        {
            lock (_gate)
            {
                return _tooManyRequests;
            }
        }
    }

    /// <summary>
    /// The highest number of send* calls (sendChatAction excluded; failed attempts included) that arrived
    /// within any sliding 1 s window, all chats together.
    /// </summary>
    public int MaxSendsInAnySecond
    {
        get
        {
            lock (_gate)
            {
                return _maxSends;
            }
        }
    }

    /// <summary>The same as <see cref="MaxSendsInAnySecond"/>, for the busiest single chat.</summary>
    public int MaxSendsToOneChatInAnySecond
    {
        get
        {
            lock (_gate)
            {
                return _maxSendsToOneChat;
            }
        }
    }

    /// <summary>Updates enqueued and not yet confirmed.</summary>
    public int PendingUpdates
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Queues a raw Update object for getUpdates; update_id is assigned when missing. Returns update_id.</summary>
    public int EnqueueUpdate(JsonObject update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return Enqueue(update, userId: null);
    }

    /// <summary>Stops the server; pending long polls return an empty result.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        lock (_gate)
        {
            SignalLocked();
        }

        try
        {
            using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(stopTimeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Gave up waiting for in-flight requests.
        }
        finally
        {
            await _app.DisposeAsync();
            _stopping.Dispose();
        }
    }

    // ----- used by FakeUser -----

    internal int NextMessageId(long chatId)
    {
        lock (_gate)
        {
            return NextMessageIdLocked(chatId);
        }
    }

    internal string NextCallbackQueryId()
    {
        lock (_gate)
        {
            return (++_callbackCounter).ToString(CultureInfo.InvariantCulture);
        }
    }

    internal string NewFileId(string kind, out string uniqueId)
    {
        lock (_gate)
        {
            return NextFileIdLocked(kind, out uniqueId);
        }
    }

    internal JsonObject? CurrentMessage(long chatId, int messageId)
    {
        lock (_gate)
        {
            return _messages.TryGetValue((chatId, messageId), out var message) ? (JsonObject)message.DeepClone() : null;
        }
    }

    internal int Enqueue(JsonObject update, long? userId)
    {
        lock (_gate)
        {
            int id;
            if (update["update_id"] is JsonValue given && given.TryGetValue<int>(out var givenId))
            {
                id = givenId;
                _lastUpdateId = Math.Max(_lastUpdateId, id);
            }
            else
            {
                id = ++_lastUpdateId;
                update["update_id"] = id;
            }

            var stored = (JsonObject)update.DeepClone();
            if (_options.KeepCopies)
            {
                _updateHistory[id] = stored;
            }

            if (userId is { } uid)
            {
                _lastUpdateByUser[uid] = id;
            }

            InsertLocked(new QueuedUpdate(id, stored, repeated: false));
            SignalLocked();
            return id;
        }
    }

    internal int Resend(long userId)
    {
        if (!_options.KeepCopies)
        {
            throw new InvalidOperationException("This fake keeps no updates (FakeBotApiOptions.KeepCopies is false).");
        }

        JsonObject copy;
        lock (_gate)
        {
            if (!_lastUpdateByUser.TryGetValue(userId, out var last))
            {
                throw new InvalidOperationException($"User {userId} has not sent anything yet.");
            }

            copy = (JsonObject)_updateHistory[last].DeepClone();
            copy.Remove("update_id");
        }

        return Enqueue(copy, userId);
    }

    internal int Repeat(int updateId)
    {
        if (!_options.KeepCopies)
        {
            throw new InvalidOperationException("This fake keeps no updates (FakeBotApiOptions.KeepCopies is false).");
        }

        lock (_gate)
        {
            if (!_updateHistory.TryGetValue(updateId, out var update))
            {
                throw new ArgumentException($"No update {updateId} was ever enqueued.", nameof(updateId));
            }

            InsertLocked(new QueuedUpdate(updateId, update, repeated: true));
            SignalLocked();
            return updateId;
        }
    }

    internal JsonObject ChatJson(long chatId)
    {
        lock (_gate)
        {
            return ChatJsonLocked(chatId);
        }
    }

    // ----- internals -----

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void SignalLocked()
    {
        var old = _changed;
        _changed = NewSignal();
        old.TrySetResult();
    }

    private static async Task WaitSignalAsync(Task signal, TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            await signal.WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
            // The caller re-checks its deadline.
        }
    }

    private int NextMessageIdLocked(long chatId)
    {
        var id = _lastMessageId.GetValueOrDefault(chatId) + 1;
        _lastMessageId[chatId] = id;
        return id;
    }

    private void InsertLocked(QueuedUpdate entry)
    {
        // Telegram hands out updates in update_id order; a repeat of an old update goes where its id belongs.
        var index = _queue.FindIndex(q => q.UpdateId > entry.UpdateId);
        if (index < 0)
        {
            _queue.Add(entry);
        }
        else
        {
            _queue.Insert(index, entry);
        }
    }

    private JsonObject ChatJsonLocked(long chatId)
    {
        if (chatId < 0)
        {
            return new JsonObject { ["id"] = chatId, ["type"] = "group", ["title"] = $"Group {chatId}" };
        }

        var firstName = _users.TryGetValue(chatId, out var user) ? user.FirstName : $"User {chatId}";
        return new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = firstName };
    }

    private JsonObject BotUserJson() => new()
    {
        ["id"] = _options.BotId,
        ["is_bot"] = true,
        ["first_name"] = "Test Bot",
        ["username"] = _options.BotUsername,
    };

    private static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static string DefaultDescription(int statusCode, int? retryAfter) => statusCode switch
    {
        400 => "Bad Request: injected failure",
        401 => "Unauthorized",
        403 => "Forbidden: injected failure",
        404 => "Not Found",
        409 => "Conflict: injected failure",
        429 => $"Too Many Requests: retry after {retryAfter}",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => $"Injected error {statusCode}",
    };

    private static string DescribeTimeout(long chatId, TimeSpan wait, SentMessage[] got)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"No matching message to chat {chatId} within {wait.TotalSeconds:0.###} s. ");
        if (got.Length == 0)
        {
            text.Append("The chat got nothing.");
            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"The chat got {got.Length}:");
        foreach (var m in got)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  #{m.MessageId} {m.Method}: ");
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

        return text.ToString();
    }

    private sealed class QueuedUpdate(int updateId, JsonObject update, bool repeated)
    {
        public int UpdateId { get; } = updateId;

        public JsonObject Update { get; } = update;

        public bool Repeated { get; } = repeated;

        public bool Delivered { get; set; }
    }

    private sealed class InjectedFailure(int status, string description, int? retryAfter)
    {
        public long? ChatId { get; init; }

        public int Status { get; } = status;

        public string Description { get; } = description;

        public int? RetryAfter { get; } = retryAfter;

        public int Remaining { get; set; }
    }

    private sealed record StoredFile(string FileName, string MimeType, byte[] Content, string UniqueId);
}
