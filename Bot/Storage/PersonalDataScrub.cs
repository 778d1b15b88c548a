using Domain.Conversations;
using LiteDB;

namespace Bot.Storage;

/// <summary>
/// Removes an erased person from what the bot keeps beside its records. In the erasing turn's
/// transaction, only what is cheap to find: messages not yet sent (to them, or naming them: an
/// approval card is cancelled, and its id handed back so the sender drops it), received events
/// not yet handled, their blocked-channel mark, the retention sweep's mark of their session from
/// before they registered, and the numbered choices shown to them or naming them (a broadcast to
/// others that names them is not cancelled: it goes on with "(đã xóa)", see <see cref="BroadcastRedaction"/>). Of the waiting
/// events, their own (what they typed or pressed, a report version they sent to the desk's queue)
/// are dropped: they asked for their data to go, and the desk would refuse a version from someone
/// no longer reporting anyway. Someone else's waiting event is kept and only the person taken out
/// of it (<see cref="WaitingEventEdit"/>), so a colleague's version still counts; a file someone
/// sent that names them is dropped, as a file cannot be edited safely. The rest (finished inbox
/// and outbox rows keyed by them, audit lines about them) is found by <see cref="ErasureFinisher"/>
/// in small steps, so no turn waits for a scan of the whole file; it also has the file's freed
/// space overwritten. Inbox and outbox rows are blanked, not deleted: a deleted newest row would
/// let LiteDB give its id again (see <see cref="RecoveryMarks"/>).
/// </summary>
public sealed class PersonalDataScrub(Database database, Reachability reachability, EntityCache? cache = null)
{
    public const string JobsName = "erasures";

    /// <summary>What a blanked row is addressed to or from.</summary>
    public const string Nobody = "system:erased";

    /// <summary>Released after each commit that added an erasure job, for <see cref="ErasureFinisher"/>.</summary>
    internal SemaphoreSlim JobAdded { get; } = new(0);

    /// <summary>
    /// Returns the outbox rows it cancelled, and the broadcast messages it rewrote without the
    /// person (<see cref="BroadcastRedaction"/>); rows in <paramref name="keep"/> (the erasing turn's own reply) are left.
    /// </summary>
    internal ScrubbedOutbox ScrubInTransaction(PersonalTrace trace, DateTimeOffset now, IReadOnlySet<long>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var matcher = new TraceMatcher(trace.Keys, [.. trace.Keys, .. trace.Texts]);
        var cancelled = new List<long>();
        var rewritten = new List<OutboxItem>();
        // Every broadcast message is tried, not only those holding the name as stored: a notice may
        // write it in capitals, or the number as 0912.345.678. A broadcast's thousands of messages share a few texts.
        var redact = trace.Redact is { } given ? BroadcastRedaction.Remembering(given) : null;
        foreach (var row in RecoveryMarks.OpenRows(database, Database.OutboxName, Outbox.IsPending).ToList())
        {
            var id = row["_id"].AsInt64;
            if (keep?.Contains(id) == true)
            {
                continue;
            }

            // Rewritten only when nothing of theirs is left in it; otherwise cancelled as any other.
            if (!matcher.IsKey(row["to"]) && redact is not null && BroadcastRedaction.TryRedact(row, redact) is { } item && !matcher.Mentions(row))
            {
                database.Outbox.Update(row);
                rewritten.Add(item);
                continue;
            }

            if (!(matcher.IsKey(row["to"]) || matcher.Mentions(row)))
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

        var edit = new WaitingEventEdit(trace);
        foreach (var row in RecoveryMarks.OpenRows(database, Database.InboxName, Inbox.IsUnhandled).ToList())
        {
            var json = row["json"].IsString ? row["json"].AsString : null;
            if (matcher.IsKey(row["user"]) || WaitingEventEdit.IsRaisedBy(json, trace.Keys) || matcher.MentionsIn(Inbox.SentFileText(row)))
            {
                database.Inbox.Update(BlankInboxRow(row));
            }
            else if (json is not null && edit.Edit(json) is { } edited)
            {
                row["json"] = edited;
                database.Inbox.Update(row);
            }
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

        var seen = database.Lite.CollectionExists(RetentionSweep.SeenCollection) ? database.Lite.GetCollection(RetentionSweep.SeenCollection) : null;
        foreach (var key in trace.Keys)
        {
            reachability.ForgetInTransaction(key);
            // The retention sweep's mark from when they had not registered yet.
            seen?.Delete(key);
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
        return new ScrubbedOutbox(cancelled, rewritten);
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

/// <summary>What an erasure changed in the outbox: the rows cancelled, and the broadcast messages rewritten without the person.</summary>
internal sealed record ScrubbedOutbox(IReadOnlyList<long> Cancelled, IReadOnlyList<OutboxItem> Rewritten);

/// <summary>Whether a stored document holds one of a person's keys or identifying texts anywhere in it.</summary>
internal sealed class TraceMatcher(IEnumerable<string> keys, IReadOnlyList<string> needles)
{
    private readonly HashSet<string> keys = keys.ToHashSet(StringComparer.Ordinal);

    public bool IsKey(BsonValue value) => value.IsString && keys.Contains(value.AsString);

    public bool Mentions(BsonDocument document) => Mentions((BsonValue)document);

    public bool MentionsIn(string? text) => text is not null && needles.Any(n => Holds(text, n));

    /// <summary>
    /// Whether <paramref name="text"/> holds <paramref name="needle"/> with no letter or digit
    /// touching it: "telegram:123" is not in "telegram:1234", another person's key.
    /// </summary>
    public static bool Holds(string text, string needle)
    {
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var end = at + needle.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    // A key ("telegram:123") shows up inside other values too: button data, signal ids.
    private bool Mentions(BsonValue value) => value switch
    {
        { IsString: true } => needles.Any(n => Holds(value.AsString, n)),
        { IsDocument: true } => value.AsDocument.Values.Any(Mentions),
        { IsArray: true } => value.AsArray.Any(Mentions),
        _ => false,
    };
}
