using LiteDB;

namespace Bot.Storage;

/// <summary>
/// Where the rows a start must pick up begin: the inbox's unhandled events and the outbox's
/// pending messages. Row ids grow and a row never opens again once closed, so the first row open
/// at some moment (or the row after the last, when none is) bounds every row open from then on. A
/// start reads from that mark on instead of through an index on "handled" or "status", which
/// cost every row two more index writes (docs/benchmarks-history.md, "What the storage alone costs").
/// Housekeeping never deletes a collection's newest row, so that ids never come again: LiteDB
/// numbers new rows on from the last one in the file, read at the first insert after the file is
/// opened, so once the newest rows were deleted, new rows would get ids below the mark.
/// </summary>
public static class RecoveryMarks
{
    private const string FromId = "_id >= @0";

    /// <summary>The collection's open rows, in id order.</summary>
    public static IEnumerable<BsonDocument> OpenRows(Database database, string collection, Func<BsonDocument, bool> isOpen)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Lite.GetCollection(collection).Find(BsonExpression.Create(FromId, Stored(database, collection))).Where(isOpen);
    }

    /// <summary>
    /// Moves the stored mark up to the first row open now. Reads outside the shared transaction
    /// (the rows written since the last move), then stores one row through it.
    /// </summary>
    public static Task MoveAsync(Database database, GroupCommit group, string collection, Func<BsonDocument, bool> isOpen)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(group);

        // Read before the scan: a row written during it comes after the last, so after the mark.
        var last = LastId(database.Lite.GetCollection(collection));
        var first = OpenRows(database, collection, isOpen).Select(row => row["_id"].AsInt64).FirstOrDefault(long.MaxValue);
        var mark = Math.Min(first, last + 1);
        return group.Run(() => database.Marks.Upsert(new BsonDocument { ["_id"] = collection, ["from"] = mark }));
    }

    private static long Stored(Database database, string collection) =>
        database.Marks.FindById(collection) is { } doc ? doc["from"].AsInt64 : 0;

    /// <summary>The newest row's id, 0 when none (through the id index backwards; LiteDB's Max() throws on an empty collection).</summary>
    internal static long LastId(ILiteCollection<BsonDocument> rows) =>
        rows.Query().OrderByDescending("_id").Limit(1).ToDocuments().FirstOrDefault() is { } last ? last["_id"].AsInt64 : 0;
}
