using Domain.Conversations;
using LiteDB;

namespace Bot.Storage;

/// <summary>
/// Removes an erased person from everything the bot keeps beside its records, inside the erasing
/// turn's transaction: inbox rows of theirs or naming them, outbox rows to them or naming them
/// (one not yet sent is cancelled, and its id handed back so the sender drops it), audit lines
/// about them, their blocked-channel marks and the numbered choices shown to them or naming them.
/// What cannot go yet (the reply that confirms the erasure, still to be sent) is left to
/// <see cref="ErasureFinisher"/>, which also has the file's freed space overwritten.
/// </summary>
public sealed class PersonalDataScrub(Database database, Reachability reachability, EntityCache? cache = null)
{
    public const string JobsName = "erasures";

    /// <summary>Released after each commit that added an erasure job, for <see cref="ErasureFinisher"/>.</summary>
    internal SemaphoreSlim JobAdded { get; } = new(0);

    /// <summary>Returns the ids of outbox rows it cancelled; rows in <paramref name="keep"/> (the erasing turn's own reply) are left.</summary>
    internal IReadOnlyList<long> ScrubInTransaction(PersonalTrace trace, DateTimeOffset now, IReadOnlySet<long>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var matcher = new TraceMatcher(trace);
        var cancelled = new List<long>();
        foreach (var row in database.Outbox.FindAll().ToList())
        {
            var toThem = matcher.IsKey(row["to"]);
            if ((!toThem && !matcher.Mentions(row)) || keep?.Contains(row["_id"].AsInt64) == true)
            {
                continue;
            }

            var id = row["_id"].AsInt64;
            if (Outbox.IsPending(row))
            {
                cancelled.Add(id);
            }

            if (toThem || !Outbox.IsPending(row))
            {
                database.Outbox.Delete(id);
            }
            else
            {
                // A message to someone else about them (an approval card): cancelled, without its text.
                row["status"] = (int)OutboxStatus.Cancelled;
                row["done"] = now.UtcDateTime;
                row.Remove("json");
                row.Remove("file");
                database.Outbox.Update(row);
            }
        }

        DeleteWhere(database.Inbox, row => matcher.IsKey(row["user"]) || matcher.Mentions(row));
        DeleteWhere(database.AuditLog, matcher.Mentions);
        DeleteWhere(database.Lite.GetCollection(Delivery.ShownChoices.CollectionName), row => matcher.IsKey(row["_id"]) || matcher.Mentions(row));
        foreach (var key in trace.Keys)
        {
            reachability.ForgetInTransaction(key);
        }

        // Only the keys: the finisher looks for rows addressed to them, never for names.
        database.Lite.GetCollection(JobsName, BsonAutoId.Int64).Insert(new BsonDocument
        {
            ["keys"] = new BsonArray(trace.Keys.Select(k => new BsonValue(k))),
            ["at"] = now.UtcDateTime,
        });
        database.AfterCommit(() =>
        {
            // Lookups that found nothing are kept too, under ids that hold the person's key.
            cache?.Forget(trace.Keys);
            JobAdded.Release();
        });
        return cancelled;
    }

    private static void DeleteWhere(ILiteCollection<BsonDocument> collection, Func<BsonDocument, bool> matches)
    {
        foreach (var id in collection.FindAll().Where(matches).Select(d => d["_id"]).ToList())
        {
            collection.Delete(id);
        }
    }
}

/// <summary>Whether a stored document holds one of a person's keys or identifying texts anywhere in it.</summary>
internal sealed class TraceMatcher(PersonalTrace trace)
{
    private readonly HashSet<string> keys = trace.Keys.ToHashSet(StringComparer.Ordinal);

    // A key ("telegram:123") shows up inside other values too: button data, signal ids.
    private readonly string[] needles = [.. trace.Keys, .. trace.Texts];

    public bool IsKey(BsonValue value) => value.IsString && keys.Contains(value.AsString);

    public bool Mentions(BsonDocument document) => Mentions((BsonValue)document);

    private bool Mentions(BsonValue value) => value switch
    {
        { IsString: true } => needles.Any(n => value.AsString.Contains(n, StringComparison.Ordinal)),
        { IsDocument: true } => value.AsDocument.Values.Any(Mentions),
        { IsArray: true } => value.AsArray.Any(Mentions),
        _ => false,
    };
}
