using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FakeServers;

namespace FakeZalo;

/// <summary>
/// An in-process fake of the Zalo Bot Platform API (https://bot.zaloplatforms.com/docs) on 127.0.0.1 with a dynamic port:
/// <c>{BaseUrl}/bot{token}/{method}</c> answers <c>{"ok": true, "result": ...}</c> or
/// <c>{"ok": false, "error_code": N, "description": "..."}</c> as the real <c>https://bot-api.zaloplatforms.com</c> does.
/// Inbound events are queued by <see cref="FakeZaloUser"/> and handed out one per getUpdates call,
/// or POSTed to the webhook while one is set. All state is guarded by one lock; the bot may call it concurrently.
/// The server, the waiting and the stopping are <see cref="FakeApiServer"/>'s; this holds Zalo's methods.
/// </summary>
[SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "The bot takes the webhook URL as a string.")]
public sealed partial class FakeZaloApi : RecordingApiServer<string, SentMessage>
{
    /// <summary>
    /// Pass as the method of <see cref="FailNext"/>, <see cref="FailNextWithHttpStatus"/> or <see cref="DelayNext"/>
    /// to target the next calls of any of sendMessage, sendPhoto and sendSticker.
    /// </summary>
    public const string AnySend = "send*";

    // Zalo answers plain UTF-8 ("Nguyễn"), not \u escapes.
    internal static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FakeZaloApiOptions _options;
    private readonly HttpClient _webhookClient;
    private readonly Dictionary<string, Func<RequestArgs, CancellationToken, Task<ApiResult>>> _handlers;
    private readonly string _idSalt = RandomNumberGenerator.GetHexString(4, lowercase: true);

    // Everything below is guarded by Gate.
    private readonly Dictionary<string, FakeZaloUser> _users = new(StringComparer.Ordinal);
    private readonly List<QueuedEvent> _queue = [];
    private readonly List<EventDelivery> _deliveries = [];
    private readonly List<ChatActionSent> _chatActions = [];
    private readonly Dictionary<string, int> _succeeded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<InjectedFault>> _faults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _blocked = new(StringComparer.Ordinal);
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
    private Task _deliveryLoop = Task.CompletedTask;

    private FakeZaloApi(FakeZaloApiOptions options)
        : base(options.Token, StringComparer.Ordinal, 4 * 1024 * 1024, StringComparer.Ordinal)
    {
        _options = options;
        _autoDeliver = options.AutoDeliverToWebhook;
        _wrapWebhookBody = options.WrapWebhookBody;
        _handlers = CreateHandlers();
        _webhookClient = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Starts a server on 127.0.0.1 with a free port.</summary>
    public static async Task<FakeZaloApi> StartAsync(FakeZaloApiOptions? options = null)
    {
        var api = new FakeZaloApi(options ?? new FakeZaloApiOptions());
        try
        {
            await api.StartServerAsync();
            api._deliveryLoop = Task.Run(api.DeliveryLoopAsync);
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    /// <summary>The bot id: the part of <see cref="FakeApiServer.Token"/> before the colon (id in getMe).</summary>
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
        lock (Gate)
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
        lock (Gate)
        {
            return _users.GetValueOrDefault(id);
        }
    }

    /// <summary>Every user added, in no particular order.</summary>
    public IReadOnlyList<FakeZaloUser> Users
    {
        get
        {
            lock (Gate)
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
        lock (Gate)
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
            lock (Gate)
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
            lock (Gate)
            {
                return _deliveries.ToArray();
            }
        }
    }

    /// <summary>Waits until every queued event has been handed to the bot (by getUpdates, or a webhook POST that got an answer or failed).</summary>
    /// <exception cref="TimeoutException">Some were still queued after <paramref name="timeout"/> (10 s by default).</exception>
    public Task WaitUntilDeliveredAsync(TimeSpan? timeout = null) =>
        WaitUntilAsync(
            () => _queue.Count == 0 ? null : string.Join(", ", _queue.Select(q => $"{q.Event.EventName} {q.Event.MessageId}{(q.InFlight ? " (being posted)" : "")}")),
            pending => pending is null,
            timeout,
            (pending, wait) => $"Events still queued after {wait.TotalSeconds:0.###} s: {pending}.");

    // ----- used by FakeZaloUser and ZaloEvent -----

    /// <summary>A new id of 20 lowercase hex digits, unique within this server (user ids, message ids).</summary>
    internal string NewId()
    {
        lock (Gate)
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

    protected override async Task BeforeStopAsync()
    {
        try
        {
            await _deliveryLoop;
        }
        catch (OperationCanceledException)
        {
            // Stopped mid-POST.
        }
    }

    protected override void AfterStop() => _webhookClient.Dispose();

    private sealed class QueuedEvent(ZaloEvent zaloEvent)
    {
        public ZaloEvent Event { get; } = zaloEvent;

        public bool InFlight { get; set; }
    }
}
