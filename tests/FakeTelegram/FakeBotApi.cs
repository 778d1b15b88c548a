using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Nodes;
using FakeServers;

namespace FakeTelegram;

/// <summary>
/// An in-process fake of the Telegram Bot API (https://core.telegram.org/bots/api) on 127.0.0.1 with a dynamic port,
/// speaking its JSON so that the real Telegram.Bot client works against <see cref="FakeApiServer.BaseUrl"/> unmodified.
/// All state is guarded by one lock; the bot may call it concurrently. The server, the waiting and the
/// stopping are <see cref="FakeApiServer"/>'s; this holds Telegram's methods.
/// </summary>
[SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Telegram.Bot takes the webhook URL as a string.")]
public sealed partial class FakeBotApi : RecordingApiServer<long, SentMessage>
{
    private readonly FakeBotApiOptions _options;
    private readonly Dictionary<string, Func<RequestArgs, CancellationToken, Task<ApiResult>>> _handlers;

    // Everything below is guarded by Gate.
    private readonly Dictionary<long, FakeUser> _users = [];
    private readonly Dictionary<long, int> _lastMessageId = [];
    private readonly Dictionary<(long Chat, int Id), JsonObject> _messages = [];
    private readonly List<QueuedUpdate> _queue = [];
    private readonly Dictionary<int, JsonObject> _updateHistory = [];
    private readonly Dictionary<long, int> _lastUpdateByUser = [];
    private readonly Dictionary<string, Queue<InjectedFailure>> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, string> _forbidden = [];
    private readonly Dictionary<string, IReadOnlyList<(string Command, string Description)>> _commands = new(StringComparer.Ordinal);
    private readonly List<(string CallbackQueryId, string? Text, bool ShowAlert)> _answered = [];
    private readonly Dictionary<string, StoredFile> _files = new(StringComparer.Ordinal);
    private HashSet<string>? _allowedUpdates;
    private string? _webhookUrl;
    private string? _webhookSecret;
    private int _lastUpdateId = 100_000;
    private int _tooManyRequests;
    private int _fileCounter;
    private long _callbackCounter = 4_382_000_000_000_000;

    private FakeBotApi(FakeBotApiOptions options)
        : base(options.Token, StringComparer.OrdinalIgnoreCase, 64 * 1024 * 1024)
    {
        _options = options;
        _handlers = CreateHandlers();
    }

    /// <summary>Starts a server on 127.0.0.1 with a free port.</summary>
    public static async Task<FakeBotApi> StartAsync(FakeBotApiOptions? options = null)
    {
        var api = new FakeBotApi(options ?? new FakeBotApiOptions());
        try
        {
            await api.StartServerAsync();
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    /// <summary>The options the server runs with.</summary>
    public FakeBotApiOptions Options => _options;

    /// <summary>The Telegram user (and private chat) with this id; the same object for the same id (later arguments are ignored).</summary>
    public FakeUser User(long id, string firstName = "Người dùng", string? languageCode = "vi")
    {
        lock (Gate)
        {
            if (!_users.TryGetValue(id, out var user))
            {
                user = new FakeUser(this, id, firstName, languageCode);
                _users[id] = user;
            }

            return user;
        }
    }

    /// <summary>Updates enqueued and not yet confirmed.</summary>
    public int PendingUpdates
    {
        get
        {
            lock (Gate)
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

    // ----- used by FakeUser -----

    internal int NextMessageId(long chatId)
    {
        lock (Gate)
        {
            return NextMessageIdLocked(chatId);
        }
    }

    internal string NextCallbackQueryId()
    {
        lock (Gate)
        {
            return (++_callbackCounter).ToString(CultureInfo.InvariantCulture);
        }
    }

    internal string NewFileId(string kind, out string uniqueId)
    {
        lock (Gate)
        {
            return NextFileIdLocked(kind, out uniqueId);
        }
    }

    internal JsonObject? CurrentMessage(long chatId, int messageId)
    {
        lock (Gate)
        {
            return _messages.TryGetValue((chatId, messageId), out var message) ? (JsonObject)message.DeepClone() : null;
        }
    }

    internal int Enqueue(JsonObject update, long? userId)
    {
        lock (Gate)
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
        lock (Gate)
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

        lock (Gate)
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
        lock (Gate)
        {
            return ChatJsonLocked(chatId);
        }
    }

    // ----- internals -----

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

    private sealed class QueuedUpdate(int updateId, JsonObject update, bool repeated)
    {
        public int UpdateId { get; } = updateId;

        public JsonObject Update { get; } = update;

        public bool Repeated { get; } = repeated;

        public bool Delivered { get; set; }
    }

    private sealed record StoredFile(string FileName, string MimeType, byte[] Content, string UniqueId);
}
