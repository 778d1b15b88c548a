using Domain.Conversations;
using LiteDB;

namespace Bot.Storage;

/// <summary>
/// Removes an erased person from what the bot keeps beside its records. In the erasing turn's
/// transaction, only what is cheap to find: messages not yet sent (to them, or naming them: an
/// approval card is cancelled, and its id handed back so the sender drops it), received events
/// not yet handled, their blocked-channel mark and the numbered choices shown to them or naming
/// them. The rest (finished inbox and outbox rows keyed by them, audit lines about them) is
/// found by <see cref="ErasureFinisher"/> in small steps, so no turn waits for a scan of the
/// whole file; it also has the file's freed space overwritten. Inbox and outbox rows are blanked,
/// not deleted: a deleted newest row would let LiteDB give its id again (see <see cref="RecoveryMarks"/>).
/// </summary>
public sealed class PersonalDataScrub(Database database, Reachability reachability, EntityCache? cache = null)
{
    public const string JobsName = "erasures";

    /// <summary>What a blanked row is addressed to or from.</summary>
    public const string Nobody = "system:erased";

    /// <summary>Released after each commit that added an erasure job, for <see cref="ErasureFinisher"/>.</summary>
    internal SemaphoreSlim JobAdded { get; } = new(0);

    /// <summary>Returns the ids of outbox rows it cancelled; rows in <paramref name="keep"/> (the erasing turn's own reply) are left.</summary>
    internal IReadOnlyList<long> ScrubInTransaction(PersonalTrace trace, DateTimeOffset now, IReadOnlySet<long>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var matcher = new TraceMatcher(trace.Keys, [.. trace.Keys, .. trace.Texts]);
        var cancelled = new List<long>();
        foreach (var row in RecoveryMarks.OpenRows(database, Database.OutboxName, Outbox.IsPending).ToList())
        {
            var id = row["_id"].AsInt64;
            if (keep?.Contains(id) == true || !(matcher.IsKey(row["to"]) || matcher.Mentions(row)))
            {
                continue;
            }

            cancelled.Add(id);
            row["status"] = (int)OutboxStatus.Cancelled;
            row["done"] = now.UtcDateTime;
            row.Remove("json");
            row.Remove("file");
            if (matcher.IsKey(row["to"]))
            {
                row["to"] = Nobody;
            }

            database.Outbox.Update(row);
        }

        foreach (var row in RecoveryMarks.OpenRows(database, Database.InboxName, Inbox.IsUnhandled).Where(r => matcher.IsKey(r["user"]) || matcher.Mentions(r) || matcher.MentionsIn(Inbox.SentFileText(r))).ToList())
        {
            database.Inbox.Update(BlankInboxRow(row));
        }

        if (database.Stores(typeof(ShownChoices)))
        {
            var choices = database.Entities(typeof(ShownChoices));
            foreach (var id in choices.FindAll().Where(row => matcher.IsKey(row["_id"]) || matcher.Mentions(row)).Select(d => d["_id"]).ToList())
            {
                choices.Delete(id);
                // Another chat's record that named them (an organizer's approval card) is cached under that chat.
                database.AfterCommit(() => cache?.Written(typeof(ShownChoices), id.AsString, null));
            }
        }

        // A sweep may have timed their session before they registered.
        var seen = database.Lite.GetCollection(RetentionSweep.SeenCollection);
        foreach (var key in trace.Keys)
        {
            reachability.ForgetInTransaction(key);
            seen.Delete(key);
        }

        // Only the keys: the finisher looks for rows keyed by them, never for names. The queues to
        // wait for, with the last event stored now (the erasing turn's signals included).
        database.Lite.GetCollection(JobsName, BsonAutoId.Int64).Insert(new BsonDocument
        {
            ["keys"] = new BsonArray(trace.Keys.Select(k => new BsonValue(k))),
            ["at"] = now.UtcDateTime,
            ["waitFor"] = new BsonArray(trace.WaitFor.Select(q => new BsonValue(q))),
            ["inboxUpTo"] = RecoveryMarks.LastId(database.Inbox),
        });
        database.AfterCommit(() =>
        {
            // Lookups that found nothing are kept too, under ids that hold the person's key.
            cache?.Forget(trace.Keys);
            JobAdded.Release();
        });
        return cancelled;
    }

    /// <summary>An inbox row with nothing of the person left: handled, without text, from nobody.</summary>
    internal static BsonDocument BlankInboxRow(BsonDocument row) => new()
    {
        ["_id"] = row["_id"],
        ["ext"] = $"erased:{row["_id"].AsInt64}",
        ["user"] = Nobody,
        ["handled"] = true,
        ["at"] = row["at"],
    };
}

/// <summary>Whether a stored document holds one of a person's keys or identifying texts anywhere in it.</summary>
internal sealed class TraceMatcher(IEnumerable<string> keys, IReadOnlyList<string> needles)
{
    private readonly HashSet<string> keys = keys.ToHashSet(StringComparer.Ordinal);

    public bool IsKey(BsonValue value) => value.IsString && keys.Contains(value.AsString);

    public bool Mentions(BsonDocument document) => Mentions((BsonValue)document);

    public bool MentionsIn(string? text) => text is not null && needles.Any(n => text.Contains(n, StringComparison.Ordinal));

    // A key ("telegram:123") shows up inside other values too: button data, signal ids.
    private bool Mentions(BsonValue value) => value switch
    {
        { IsString: true } => needles.Any(n => value.AsString.Contains(n, StringComparison.Ordinal)),
        { IsDocument: true } => value.AsDocument.Values.Any(Mentions),
        { IsArray: true } => value.AsArray.Any(Mentions),
        _ => false,
    };
}
