using Domain.Conversations;
using Domain.Users;
using LiteDB;

namespace Bot.Storage;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
    Unreachable = 3,
    Cancelled = 4,
}

/// <summary>
/// A message the bot has decided to send, with its place in the outbox; <paramref name="Created"/>
/// lets its row be rewritten whole, without reading it first, once it is sent. An item with a
/// negative id has no row (see <see cref="Outbox.Unstored"/>). <paramref name="PartsSent"/> counts
/// the parts of a long text the channel accepted before an attempt failed: they are not sent again.
/// </summary>
public sealed record OutboxItem(long Id, UserKey To, Priority Priority, Outbound Message, int Attempts, string? Tag = null, DateTime? Created = null, int PartsSent = 0)
{
    public bool IsStored => Id > 0;
}

/// <summary>
/// Messages waiting to be sent. A row is written in the same transaction as the state change that
/// produced it and marked sent only after the channel accepted it.
/// </summary>
/// <param name="group">The group commit a message's fate joins (<see cref="CompleteAsync"/>, <see cref="RecordAttemptAsync"/>).</param>
public sealed class Outbox(Database database, GroupCommit? group = null) : IOutboxStore
{
    // Parameterized: see Inbox (a Query.EQ with a new value is compiled and cached for good).
    private const string ByTag = "tag = @0";
    private const string ByTagAndStatus = "tag = @0 AND status = @1";

    private static long lastUnstoredId;

    /// <summary>
    /// Whether a message is sent without a row. The answer to a button press only stops the
    /// button's spinner and Telegram refuses it after a few seconds, so after a crash it would be
    /// sent too late anyway: storing it would cost two writes for nothing.
    /// </summary>
    public static bool IsEphemeral(Outbound message) => message is ButtonAck;

    /// <summary>An item for an ephemeral message, with an id of its own below zero (never a row's).</summary>
    internal static OutboxItem Unstored(Domain.Conversations.Delivery delivery, DateTimeOffset now) =>
        new(Interlocked.Decrement(ref lastUnstoredId), delivery.To, delivery.Priority, delivery.Message, 0, delivery.Tag, now.UtcDateTime);

    /// <summary>Adds the message inside the caller's transaction; <paramref name="json"/> is its text as <see cref="StoredMessage.Json"/> gives it, when already made.</summary>
    internal OutboxItem AddInTransaction(Domain.Conversations.Delivery delivery, DateTimeOffset now, string? json = null)
    {
        var doc = new BsonDocument
        {
            ["to"] = delivery.To.ToString(),
            ["prio"] = (int)delivery.Priority,
            ["json"] = json ?? StoredMessage.Json(delivery.Message),
            ["status"] = (int)OutboxStatus.Pending,
            ["attempts"] = 0,
            ["created"] = now.UtcDateTime,
            ["tag"] = delivery.Tag,
        };
        if (StoredMessage.File(delivery.Message) is { IsBinary: true } file)
        {
            doc["file"] = file;
        }

        var id = database.Outbox.Insert(doc).AsInt64;
        return new OutboxItem(id, delivery.To, delivery.Priority, delivery.Message, 0, delivery.Tag, now.UtcDateTime);
    }

    /// <summary>The messages not sent yet, in the order they were written (read from the recovery mark on).</summary>
    public IReadOnlyList<OutboxItem> AllPending() =>
        RecoveryMarks.OpenRows(database, Database.OutboxName, IsPending)
            .Select(ToItem)
            .ToList();

    public static bool IsPending(BsonDocument row) => row["status"].AsInt32 == (int)OutboxStatus.Pending;

    /// <summary>In a transaction shared with other ready writes; completes once durable.</summary>
    public async Task<IReadOnlyList<OutboxItem>> AddAsync(IReadOnlyList<Domain.Conversations.Delivery> deliveries, DateTimeOffset now) =>
        await Grouped().Run(() => deliveries.Select(d => AddInTransaction(d, now)).ToList());

    /// <summary>In a transaction shared with other ready writes; completes once durable.</summary>
    public Task CompleteAsync(OutboxItem item, OutboxStatus status, DateTimeOffset at, string? failure, long? channelMessageId) =>
        Grouped().Run(() => CompleteInTransaction(item, status, at, failure, channelMessageId));

    /// <summary>In a transaction shared with other ready writes; completes once durable.</summary>
    public Task<bool> RecordAttemptAsync(long id, string? failure, bool countAttempt, int partsSent) =>
        Grouped().Run(() => RecordAttemptInTransaction(id, failure, countAttempt, partsSent));

    private GroupCommit Grouped() => group ?? throw new InvalidOperationException("This outbox has no group commit.");

    public OutboxStatus? StatusOf(long id) =>
        database.Outbox.FindById(id) is { } doc ? (OutboxStatus)doc["status"].AsInt32 : null;

    public void Complete(long id, OutboxStatus status, DateTimeOffset at, string? error = null, long? channelMessageId = null) =>
        database.InTransaction(() => CompleteInTransaction(id, status, at, error, channelMessageId));

    /// <summary>
    /// Records a message's fate inside the caller's transaction. A message on its first attempt
    /// has a row whose every field the item knows, so the row is rewritten whole without reading
    /// it (a LiteDB read costs about as much as the write); otherwise its attempts and last error
    /// are read from the row.
    /// </summary>
    internal bool CompleteInTransaction(OutboxItem item, OutboxStatus status, DateTimeOffset at, string? error = null, long? channelMessageId = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Attempts != 0 || item.Created is not { } created)
        {
            return CompleteInTransaction(item.Id, status, at, error, channelMessageId);
        }

        var doc = new BsonDocument
        {
            ["_id"] = item.Id,
            ["to"] = item.To.ToString(),
            ["prio"] = (int)item.Priority,
            ["status"] = (int)status,
            ["attempts"] = 1,
            ["created"] = created,
            ["tag"] = item.Tag,
            ["done"] = at.UtcDateTime,
        };
        if (error is not null)
        {
            doc["error"] = error;
        }

        if (channelMessageId is { } mid)
        {
            doc["mid"] = mid;
        }

        return database.Outbox.Update(doc);
    }

    /// <summary>Records a message's fate inside the caller's transaction, from its stored row.</summary>
    internal bool CompleteInTransaction(long id, OutboxStatus status, DateTimeOffset at, string? error = null, long? channelMessageId = null)
    {
        var doc = database.Outbox.FindById(id);
        if (doc is null)
        {
            return false;
        }

        // A message that left the outbox keeps its fate, not its text (which may hold names).
        doc["status"] = (int)status;
        doc["done"] = at.UtcDateTime;
        doc.Remove("json");
        doc.Remove("file");
        doc["attempts"] = doc["attempts"].AsInt32 + 1;
        if (error is not null)
        {
            doc["error"] = error;
        }

        if (channelMessageId is { } mid)
        {
            doc["mid"] = mid;
        }

        return database.Outbox.Update(doc);
    }

    /// <summary>How many of a tag's messages are in each state.</summary>
    public IReadOnlyDictionary<OutboxStatus, int> CountByStatus(string tag) =>
        database.Outbox.Find(BsonExpression.Create(ByTag, tag))
            .GroupBy(d => (OutboxStatus)d["status"].AsInt32)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Who a tag's messages could not reach (blocked or deleted accounts).</summary>
    public IReadOnlyList<UserKey> UnreachableOf(string tag) =>
        database.Outbox.Find(BsonExpression.Create(ByTagAndStatus, tag, (int)OutboxStatus.Unreachable))
            .Select(d => UserKey.Parse(d["to"].AsString))
            .ToList();

    /// <summary>The channel's id of the first sent message with this tag (a progress message to edit).</summary>
    public (UserKey To, long MessageId)? SentMessage(string tag) =>
        database.Outbox.FindOne(BsonExpression.Create(ByTagAndStatus, tag, (int)OutboxStatus.Sent)) is { } doc && doc["mid"].IsNumber
            ? (UserKey.Parse(doc["to"].AsString), doc["mid"].AsInt64)
            : null;

    /// <summary>Marks a tag's pending messages cancelled, inside the caller's transaction; returns their ids.</summary>
    internal IReadOnlyList<long> CancelInTransaction(string tag, DateTimeOffset at)
    {
        var pending = database.Outbox.Find(BsonExpression.Create(ByTagAndStatus, tag, (int)OutboxStatus.Pending)).ToList();
        foreach (var doc in pending)
        {
            doc["status"] = (int)OutboxStatus.Cancelled;
            doc["done"] = at.UtcDateTime;
            doc.Remove("json");
            doc.Remove("file");
            database.Outbox.Update(doc);
        }

        return pending.Select(d => d["_id"].AsInt64).ToList();
    }

    /// <summary>
    /// Records a failed attempt inside the caller's transaction: its error, whether it counts as an
    /// attempt, and how many parts of a long text the channel has accepted so far. Only a row still
    /// pending is touched: false when it was cancelled (or finished) meanwhile, so the caller must
    /// not try it again. Outside a transaction, a read here and a write after it could put back a
    /// row that /huythongbao cancelled in between.
    /// </summary>
    internal bool RecordAttemptInTransaction(long id, string? error, bool countAttempt, int partsSent)
    {
        var doc = database.Outbox.FindById(id);
        if (doc is null || !IsPending(doc))
        {
            return false;
        }

        if (countAttempt)
        {
            doc["attempts"] = doc["attempts"].AsInt32 + 1;
        }

        if (error is not null)
        {
            doc["error"] = error;
        }

        if (partsSent > 0)
        {
            doc["parts"] = partsSent;
        }

        database.Outbox.Update(doc);
        return true;
    }

    /// <summary>
    /// Forgets finished messages older than <paramref name="before"/>, all but the newest row: see
    /// <see cref="RecoveryMarks"/>.
    /// </summary>
    public int DeleteFinished(DateTimeOffset before) =>
        database.Outbox.DeleteMany(BsonExpression.Create(
            "status != @0 AND done < @1 AND _id < @2", (int)OutboxStatus.Pending, before.UtcDateTime, RecoveryMarks.LastId(database.Outbox)));

    internal static OutboxItem ToItem(BsonDocument doc) => new(
        doc["_id"].AsInt64,
        UserKey.Parse(doc["to"].AsString),
        (Priority)doc["prio"].AsInt32,
        StoredMessage.Read(doc["json"].AsString, doc["file"]),
        doc["attempts"].AsInt32,
        doc["tag"].IsString ? doc["tag"].AsString : null,
        doc["created"].IsDateTime ? doc["created"].AsDateTime : null,
        doc["parts"].IsNumber ? doc["parts"].AsInt32 : 0);
}
