using Domain.Conversations;
using Domain.Users;
using LiteDB;

namespace Bot.Storage;

/// <summary>
/// A received event waiting to be handled, in arrival order; with the event itself when it was
/// just stored (a recovered one is read back from the inbox).
/// </summary>
public sealed record InboxItem(long Seq, UserKey User, InboundEnvelope? Envelope = null);

/// <summary>
/// Every received event is written here before it is handled, keyed by its channel id, so a
/// redelivered update is recognised and a crash never loses one.
/// </summary>
/// <param name="group">The group commit a batch joins (<see cref="AddAllAsync(IReadOnlyList{InboundEnvelope})"/>).</param>
public sealed class Inbox(Database database, GroupCommit? group = null) : IInbox
{
    // A parameterized query: LiteDB compiles Query.EQ("ext", value) anew for every value and caches
    // each compiled form for good: time and memory lost per update (docs/benchmarks-history.md, "The first runs").
    private const string ByExternalId = "ext = @0";

    /// <summary>Stores the event; null when an event with the same id was stored before.</summary>
    public InboxItem? TryAdd(InboundEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var collection = database.Inbox;
        if (collection.Exists(ByExternalId, envelope.Id))
        {
            return null;
        }

        try
        {
            var seq = collection.Insert(ToDocument(envelope, Json.Write(envelope))).AsInt64;
            return new InboxItem(seq, envelope.From, envelope);
        }
        catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return null;
        }
    }

    /// <summary>Adds inside the caller's transaction; checks first because a duplicate key would roll it all back.</summary>
    internal InboxItem? AddInTransaction(InboundEnvelope envelope) => AddInTransaction(envelope, Json.Write(envelope));

    private InboxItem? AddInTransaction(InboundEnvelope envelope, string json, bool lookUpFirst = true)
    {
        var collection = database.Inbox;
        if (lookUpFirst && collection.Exists(ByExternalId, envelope.Id))
        {
            return null;
        }

        return new InboxItem(collection.Insert(ToDocument(envelope, json)).AsInt64, envelope.From, envelope);
    }

    /// <summary>
    /// The events of one getUpdates answer, ready to store: their JSON is written on the caller's
    /// thread, before the transaction shared with other writes (see <see cref="AddAllInTransaction"/>).
    /// </summary>
    public sealed class Batch
    {
        internal Batch(IReadOnlyList<InboundEnvelope> envelopes)
        {
            // Ids seen twice in one answer are stored once.
            Envelopes = envelopes.DistinctBy(e => e.Id, StringComparer.Ordinal).ToList();
            Json = Envelopes.Select(Storage.Json.Write).ToList();
        }

        internal IReadOnlyList<InboundEnvelope> Envelopes { get; }

        internal IReadOnlyList<string> Json { get; }

        /// <summary>Set once the unique index refused one of these ids: from then on each is looked up first.</summary>
        internal bool HasRepeats { get; set; }
    }

    public static Batch Prepare(IReadOnlyList<InboundEnvelope> envelopes)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        return new Batch(envelopes);
    }

    /// <summary>Prepares the batch on the caller's thread and stores it in the group commit.</summary>
    public Task<IReadOnlyList<InboxItem>> AddAllAsync(IReadOnlyList<InboundEnvelope> envelopes) =>
        AddAllAsync(Prepare(envelopes), group ?? throw new InvalidOperationException("This inbox has no group commit."));

    /// <summary>
    /// Stores a prepared batch in a transaction shared with other ready writes; the events seen
    /// before are left out. Completes once the new ones are stored.
    /// </summary>
    public async Task<IReadOnlyList<InboxItem>> AddAllAsync(Batch batch, GroupCommit group)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(group);
        try
        {
            return await group.Run(() => AddAllInTransaction(batch));
        }
        catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY && batch.HasRepeats)
        {
            // Refused in a transaction of its own: this attempt looks each id up first.
            return await group.Run(() => AddAllInTransaction(batch));
        }
    }

    /// <summary>
    /// A channel repeats an event only after a crash or a lost confirmation, so the first attempt
    /// inserts without looking each id up (the lookup cost as much as the insert). The unique index
    /// refuses a repeated id, which rolls back the whole shared transaction; the batch remembers it,
    /// and the next attempt (<see cref="GroupCommit"/> runs it again alone, or
    /// <see cref="AddAllAsync"/> does) checks every id first.
    /// </summary>
    private List<InboxItem> AddAllInTransaction(Batch batch)
    {
        var added = new List<InboxItem>(batch.Envelopes.Count);
        for (var i = 0; i < batch.Envelopes.Count; i++)
        {
            try
            {
                if (AddInTransaction(batch.Envelopes[i], batch.Json[i], lookUpFirst: batch.HasRepeats) is { } item)
                {
                    added.Add(item);
                }
            }
            catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
            {
                batch.HasRepeats = true;
                throw;
            }
        }

        return added;
    }

    public InboundEnvelope? Unhandled(long seq)
    {
        var doc = database.Inbox.FindById(seq);
        return doc is null || doc["handled"].AsBoolean ? null : Json.Read<InboundEnvelope>(doc["json"].AsString);
    }

    /// <summary>The events not handled yet, in arrival order (read from the recovery mark on).</summary>
    public IReadOnlyList<InboxItem> AllUnhandled() =>
        RecoveryMarks.OpenRows(database, Database.InboxName, IsUnhandled)
            .Select(d => new InboxItem(d["_id"].AsInt64, UserKey.Parse(d["user"].AsString)))
            .ToList();

    public static bool IsUnhandled(BsonDocument row) => !row["handled"].AsBoolean;

    /// <summary>
    /// The text of a file a waiting event carries: the stored JSON holds it as base64, where a
    /// search for a person's name would miss it.
    /// </summary>
    internal static string? SentFileText(BsonDocument row) =>
        row["json"].IsString && Json.Read<InboundEnvelope>(row["json"].AsString) is { Event: MediaIn { Content.Bytes: { } bytes } }
            ? System.Text.Encoding.UTF8.GetString(bytes)
            : null;

    /// <summary>
    /// Marks the event handled. Given the event itself, it writes the row without reading it first
    /// (a LiteDB read costs about as much as the write).
    /// </summary>
    internal void MarkHandled(long seq, InboundEnvelope? envelope = null)
    {
        if (envelope is not null)
        {
            database.Inbox.Update(Handled(seq, envelope));
            return;
        }

        var doc = database.Inbox.FindById(seq);
        if (doc is not null)
        {
            // What people typed (names, phone numbers) is not kept once it was handled: the id
            // alone is enough to recognise a redelivered update.
            doc["handled"] = true;
            doc.Remove("json");
            database.Inbox.Update(doc);
        }
    }

    /// <summary>
    /// Forgets handled events older than <paramref name="before"/> (Telegram redelivers for about a
    /// day at most), all but the newest row: see <see cref="RecoveryMarks"/>.
    /// </summary>
    public int DeleteHandled(DateTimeOffset before) =>
        database.Inbox.DeleteMany(BsonExpression.Create(
            "handled = true AND at < @0 AND _id < @1", before.UtcDateTime, RecoveryMarks.LastId(database.Inbox)));

    // What MarkHandled leaves of a row: the same fields as ToDocument less the text.
    private static BsonDocument Handled(long seq, InboundEnvelope envelope) => new()
    {
        ["_id"] = seq,
        ["ext"] = envelope.Id,
        ["user"] = envelope.From.ToString(),
        ["handled"] = true,
        ["at"] = envelope.At.UtcDateTime,
    };

    private static BsonDocument ToDocument(InboundEnvelope envelope, string json) => new()
    {
        ["ext"] = envelope.Id,
        ["user"] = envelope.From.ToString(),
        ["json"] = json,
        ["handled"] = false,
        ["at"] = envelope.At.UtcDateTime,
    };
}
