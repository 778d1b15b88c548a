using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FakeServers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FakeZalo;

/// <summary>
/// An in-process fake of the Zalo Bot Platform API (https://bot.zaloplatforms.com/docs) on 127.0.0.1 with a dynamic port:
/// <c>{BaseUrl}/bot{token}/{method}</c> answers <c>{"ok": true, "result": ...}</c> or
/// <c>{"ok": false, "error_code": N, "description": "..."}</c> as the real <c>https://bot-api.zaloplatforms.com</c> does.
/// Inbound events are queued by <see cref="FakeZaloUser"/> and handed out one per getUpdates call,
/// or POSTed to the webhook while one is set. All state is guarded by one lock; the bot may call it concurrently.
/// </summary>
[SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "The bot takes the base URL and webhook URL as strings.")]
public sealed partial class FakeZaloApi : IAsyncDisposable
{
    /// <summary>
    /// Pass as the method of <see cref="FailNext"/>, <see cref="FailNextWithHttpStatus"/> or <see cref="DelayNext"/>
    /// to target the next calls of any of sendMessage, sendPhoto and sendSticker.
    /// </summary>
    public const string AnySend = "send*";

    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    // Zalo answers plain UTF-8 ("Nguyễn"), not \u escapes.
    internal static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FakeZaloApiOptions _options;
    private readonly WebApplication _app;
    private readonly HttpClient _webhookClient;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Func<RequestArgs, CancellationToken, Task<ApiResult>>> _handlers;
    private readonly string _idSalt = RandomNumberGenerator.GetHexString(4, lowercase: true);

    // Everything below is guarded by _gate.
    private TaskCompletionSource _changed = NewSignal();
    private readonly Dictionary<string, FakeZaloUser> _users = new(StringComparer.Ordinal);
    private readonly List<QueuedEvent> _queue = [];
    private readonly List<EventDelivery> _deliveries = [];
    private readonly List<SentMessage> _sent = [];
    private readonly List<ChatActionSent> _chatActions = [];
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _succeeded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<InjectedFault>> _faults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _blocked = new(StringComparer.Ordinal);
    private readonly SlidingWindow _attempts = new();
    private readonly Dictionary<string, SlidingWindow> _attemptsPerChat = new(StringComparer.Ordinal);
    private readonly SlidingWindow _accepted = new();
    private readonly Dictionary<string, SlidingWindow> _acceptedPerChat = new(StringComparer.Ordinal);
    private readonly List<string?> _pollTimeouts = [];
    private readonly List<(string Url, int? Status)> _probes = [];
    private bool _quotaExhausted;
    private int _quotaRefusals;
    private string? _webhookUrl;
    private string? _webhookSecret;
    private long _webhookUpdatedAt;
    private bool _autoDeliver;
    private bool _wrapWebhookBody;
    private long _idCounter;
    private int _rateLimitRefusals;
    private int _maxSends;
    private int _maxSendsToOneChat;
    private long _responseDelayTicks;
    private Task _deliveryLoop = Task.CompletedTask;
    private int _disposed;

    private FakeZaloApi(FakeZaloApiOptions options)
    {
        _options = options;
        _autoDeliver = options.AutoDeliverToWebhook;
        _wrapWebhookBody = options.WrapWebhookBody;
        _handlers = CreateHandlers();
        _webhookClient = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };

        _app = LoopbackServer.Build(typeof(FakeZaloApi).Assembly.GetName().Name!, HandleAsync, 4 * 1024 * 1024);
    }

    /// <summary>Starts a server on 127.0.0.1 with a free port.</summary>
    public static async Task<FakeZaloApi> StartAsync(FakeZaloApiOptions? options = null)
    {
        var api = new FakeZaloApi(options ?? new FakeZaloApiOptions());
        try
        {
            api.BaseUrl = await LoopbackServer.StartAsync(api._app);
            api._deliveryLoop = Task.Run(api.DeliveryLoopAsync);
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    /// <summary>"http://127.0.0.1:PORT": the bot calls <c>{BaseUrl}/bot{Token}/{method}</c> instead of https://bot-api.zaloplatforms.com.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The token the server accepts.</summary>
    public string Token => _options.Token;

    /// <summary>The bot id: the part of <see cref="Token"/> before the colon (id in getMe).</summary>
    public string BotId => _options.Token.Split(':')[0];

    /// <summary>The options the server runs with.</summary>
    public FakeZaloApiOptions Options => _options;

    // ----- users and inbound events -----

    /// <summary>
    /// A new user (and private chat) with a generated 20-hex-digit id, or with <paramref name="id"/> when given
    /// (the same object when that id already exists). The bot may send to its chat from now on.
    /// </summary>
    public FakeZaloUser AddUser(string displayName = "Nguyễn Văn A", string? id = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        lock (_gate)
        {
            if (id is not null && _users.TryGetValue(id, out var existing))
            {
                return existing;
            }

            var user = new FakeZaloUser(this, id ?? NewIdLocked(), displayName);
            _users[user.Id] = user;
            return user;
        }
    }

    /// <summary>The user with this id, or null.</summary>
    public FakeZaloUser? FindUser(string id)
    {
        lock (_gate)
        {
            return _users.GetValueOrDefault(id);
        }
    }

    /// <summary>Every user added, in no particular order.</summary>
    public IReadOnlyList<FakeZaloUser> Users
    {
        get
        {
            lock (_gate)
            {
                return _users.Values.ToArray();
            }
        }
    }

    /// <summary>
    /// Queues an event for the bot (getUpdates, or the webhook while one is set). Queuing the same event twice
    /// delivers it twice with the same message_id, as a duplicate delivery would. Returns the event.
    /// </summary>
    public ZaloEvent Enqueue(ZaloEvent zaloEvent)
    {
        ArgumentNullException.ThrowIfNull(zaloEvent);
        lock (_gate)
        {
            _queue.Add(new QueuedEvent(zaloEvent));
            SignalLocked();
        }

        return zaloEvent;
    }

    /// <summary>Events queued and not yet delivered (including one being POSTed to the webhook).</summary>
    public int PendingEvents
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Every delivery of an event so far (getUpdates answers, webhook POSTs), in order.</summary>
    public IReadOnlyList<EventDelivery> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return _deliveries.ToArray();
            }
        }
    }

    /// <summary>Waits until every queued event has been handed to the bot (by getUpdates, or a webhook POST that got an answer or failed).</summary>
    /// <exception cref="TimeoutException">Some were still queued after <paramref name="timeout"/> (10 s by default).</exception>
    public async Task WaitUntilDeliveredAsync(TimeSpan? timeout = null)
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
                pending = string.Join(", ", _queue.Select(q => $"{q.Event.EventName} {q.Event.MessageId}{(q.InFlight ? " (being posted)" : "")}"));
            }

            var remaining = wait - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Events still queued after {wait.TotalSeconds:0.###} s: {pending}.");
            }

            await WaitSignalAsync(changed, remaining, CancellationToken.None);
        }
    }

    // ----- what the bot sent -----

    /// <summary>What the bot successfully sent to this chat (sendMessage, sendPhoto, sendSticker), in order.</summary>
    public IReadOnlyList<SentMessage> SentTo(string chatId)
    {
        lock (_gate)
        {
            return _sent.Where(m => m.ChatId == chatId).ToArray();
        }
    }

    /// <summary>Every message recorded, all chats, in order.</summary>
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

    /// <summary>Every successful sendChatAction, in order.</summary>
    public IReadOnlyList<ChatActionSent> ChatActions
    {
        get
        {
            lock (_gate)
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

    /// <summary>How many calls of this method (case-sensitive, as Zalo's method names are) came with the right token, failed ones included.</summary>
    public int Calls(string method)
    {
        lock (_gate)
        {
            return _calls.GetValueOrDefault(method);
        }
    }

    /// <summary>How many calls of this method were answered <c>ok: true</c>.</summary>
    public int Succeeded(string method)
    {
        lock (_gate)
        {
            return _succeeded.GetValueOrDefault(method);
        }
    }

    /// <summary>Sends refused by the enforced limits (<see cref="FakeZaloApiOptions.GlobalLimitPerSecond"/>, <see cref="FakeZaloApiOptions.PerChatLimitPerSecond"/>).</summary>
    public int RateLimitRefusals
    {
        get
        {
            lock (_gate)
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

    // ----- webhook -----

    /// <summary>The url set with setWebhook, or null.</summary>
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

    /// <summary>While true and a webhook is set, queued events are POSTed to it one at a time, in order.</summary>
    public bool AutoDeliverToWebhook
    {
        get
        {
            lock (_gate)
            {
                return _autoDeliver;
            }
        }
        set
        {
            lock (_gate)
            {
                _autoDeliver = value;
                SignalLocked();
            }
        }
    }

    /// <summary>
    /// false: webhook bodies are <c>{"event_name", "message"}</c> (what integrations see);
    /// true: <c>{"ok": true, "result": {"event_name", "message"}}</c> (what Zalo's documentation shows).
    /// </summary>
    public bool WrapWebhookBody
    {
        get
        {
            lock (_gate)
            {
                return _wrapWebhookBody;
            }
        }
        set
        {
            lock (_gate)
            {
                _wrapWebhookBody = value;
            }
        }
    }

    /// <summary>
    /// POSTs <paramref name="zaloEvent"/> to the webhook set by the bot, now, outside the queue, and returns the HTTP
    /// status the bot answered. The header X-Bot-Api-Secret-Token carries the secret set with setWebhook, or
    /// <paramref name="secretOverride"/> when given; <paramref name="omitSecret"/> sends no header at all.
    /// <paramref name="wrap"/> overrides <see cref="WrapWebhookBody"/> for this call.
    /// </summary>
    /// <exception cref="InvalidOperationException">No webhook is set.</exception>
    /// <exception cref="HttpRequestException">The bot did not answer.</exception>
    public async Task<int> PostToWebhookAsync(
        ZaloEvent zaloEvent, string? secretOverride = null, bool omitSecret = false, bool? wrap = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(zaloEvent);
        string url;
        string? secret;
        bool wrapped;
        lock (_gate)
        {
            url = _webhookUrl ?? throw new InvalidOperationException("No webhook is set: the bot has not called setWebhook.");
            secret = omitSecret ? null : secretOverride ?? _webhookSecret;
            wrapped = wrap ?? _wrapWebhookBody;
        }

        var status = await PostAsync(url, zaloEvent.ToJson(wrapped).ToJsonString(JsonOptions), secret, cancellationToken);
        lock (_gate)
        {
            _deliveries.Add(new EventDelivery(zaloEvent, DeliveryKind.ManualWebhook, status, null, DateTimeOffset.UtcNow));
            SignalLocked();
        }

        return status;
    }

    /// <summary>POSTs <paramref name="body"/> as is (application/json) to the webhook with <paramref name="secret"/> (no header when null); returns the HTTP status.</summary>
    /// <exception cref="InvalidOperationException">No webhook is set.</exception>
    public async Task<int> PostRawToWebhookAsync(string body, string? secret, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var url = WebhookUrl ?? throw new InvalidOperationException("No webhook is set: the bot has not called setWebhook.");
        return await PostAsync(url, body, secret, cancellationToken);
    }

    // ----- fault injection -----

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="method"/> (or <see cref="AnySend"/>) answer
    /// <c>{"ok": false, "error_code": errorCode, "description": ...}</c> without doing anything.
    /// Faults for one method queue up; a method's own faults come before <see cref="AnySend"/> ones.
    /// </summary>
    public void FailNext(string method, int errorCode, int count = 1, string? description = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(errorCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(errorCode, 599);
        AddFault(method, count, new InjectedFault(FaultKind.ApiError, errorCode, description ?? DefaultDescription(errorCode), TimeSpan.Zero));
    }

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="method"/> (or <see cref="AnySend"/>) get a bare HTTP
    /// <paramref name="httpStatus"/> (such as 502) with an HTML body, as a failing gateway would answer, without doing anything.
    /// </summary>
    public void FailNextWithHttpStatus(string method, int httpStatus, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(httpStatus, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(httpStatus, 599);
        AddFault(method, count, new InjectedFault(FaultKind.HttpStatus, httpStatus, DefaultDescription(httpStatus), TimeSpan.Zero));
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> (or <see cref="AnySend"/>) wait <paramref name="delay"/>, then are handled normally.</summary>
    public void DelayNext(string method, TimeSpan delay, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        AddFault(method, count, new InjectedFault(FaultKind.Delay, 0, null, delay));
    }

    /// <summary>Drops every fault queued by <see cref="FailNext"/>, <see cref="FailNextWithHttpStatus"/> and <see cref="DelayNext"/> that has not been used yet.</summary>
    public void ClearFailures()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>Waited before handling every call but getUpdates.</summary>
    public TimeSpan ResponseDelay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _responseDelayTicks));
        set => Interlocked.Exchange(ref _responseDelayTicks, value.Ticks);
    }

    /// <summary>
    /// From now on every send and sendChatAction to this chat fails, as for a user who blocked the bot. Zalo documents
    /// no answer for that case: the fake answers 403 "Internal server error", the documented meaning of 403, so a
    /// client cannot tell it from a server fault by one answer.
    /// </summary>
    public void Block(string chatId)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        lock (_gate)
        {
            _blocked[chatId] = "Internal server error";
        }
    }

    /// <summary>
    /// From now on every send (sendMessage, sendPhoto, sendSticker) answers 429 "Quota exceeded", the documented
    /// answer when the bot's plan quota is used up, until <see cref="RestoreQuota"/>. Counted in <see cref="QuotaRefusals"/>.
    /// </summary>
    public void ExhaustQuota()
    {
        lock (_gate)
        {
            _quotaExhausted = true;
        }
    }

    /// <summary>Undoes <see cref="ExhaustQuota"/>.</summary>
    public void RestoreQuota()
    {
        lock (_gate)
        {
            _quotaExhausted = false;
            SignalLocked();
        }
    }

    /// <summary>Sends refused with 429 "Quota exceeded" after <see cref="ExhaustQuota"/>.</summary>
    public int QuotaRefusals
    {
        get
        {
            lock (_gate)
            {
                return _quotaRefusals;
            }
        }
    }

    /// <summary>The <c>timeout</c> parameter of every getUpdates call as sent (its JSON, e.g. <c>"30"</c> or <c>30</c>; null when absent).</summary>
    public IReadOnlyList<string?> PollTimeouts
    {
        get
        {
            lock (_gate)
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
            lock (_gate)
            {
                return _probes.ToArray();
            }
        }
    }

    /// <summary>Undoes <see cref="Block"/>.</summary>
    public void Unblock(string chatId)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        lock (_gate)
        {
            _blocked.Remove(chatId);
        }
    }

    /// <summary>Stops the server and the webhook delivery; pending long polls end.</summary>
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
            await _deliveryLoop;
        }
        catch (OperationCanceledException)
        {
            // Stopped mid-POST.
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
            _webhookClient.Dispose();
            _stopping.Dispose();
        }
    }

    // ----- used by FakeZaloUser and ZaloEvent -----

    /// <summary>A new id of 20 lowercase hex digits, unique within this server (user ids, message ids).</summary>
    internal string NewId()
    {
        lock (_gate)
        {
            return NewIdLocked();
        }
    }

    internal static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    // ----- internals -----

    private string NewIdLocked()
    {
        // Multiplying by an odd constant is a bijection on 64 bits: distinct counters give distinct, random-looking ids.
        var n = unchecked((ulong)++_idCounter * 0x9E3779B97F4A7C15UL);
        return n.ToString("x16", CultureInfo.InvariantCulture) + _idSalt;
    }

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

    private async Task WaitForChatAsync(string chatId, TimeSpan? timeout, Func<SentMessage[], bool> done, string what)
    {
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

            if (done(snapshot))
            {
                return;
            }

            var remaining = wait - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(DescribeTimeout(chatId, what, wait, snapshot));
            }

            await WaitSignalAsync(changed, remaining, CancellationToken.None);
        }
    }

    private void AddFault(string method, int count, InjectedFault fault)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        fault.Remaining = count;
        lock (_gate)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                queue = new Queue<InjectedFault>();
                _faults[method] = queue;
            }

            queue.Enqueue(fault);
        }
    }

    private static string DefaultDescription(int code) => code switch
    {
        400 => "Bad Request: injected failure",
        401 => "Unauthorized",
        403 => "Internal server error",
        404 => "Not Found",
        408 => "Request timeout",
        429 => "Quota exceeded",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => $"Injected error {code}",
    };

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

    private sealed class QueuedEvent(ZaloEvent zaloEvent)
    {
        public ZaloEvent Event { get; } = zaloEvent;

        public bool InFlight { get; set; }
    }

    private enum FaultKind
    {
        ApiError,
        HttpStatus,
        Delay,
    }

    private sealed class InjectedFault(FaultKind kind, int code, string? description, TimeSpan delay)
    {
        public FaultKind Kind { get; } = kind;

        public int Code { get; } = code;

        public string? Description { get; } = description;

        public TimeSpan Delay { get; } = delay;

        public int Remaining { get; set; }
    }
}
