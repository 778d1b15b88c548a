using Domain.Conversations;
using LiteDB;

namespace Bot.Storage;

/// <summary>What a committed turn left for the workers: messages to send and signals to handle.</summary>
public sealed record CommitResult(IReadOnlyList<OutboxItem> Queued, IReadOnlyList<InboxItem> Signals, IReadOnlyList<long> Cancelled)
{
    /// <summary>Waiting messages an erasure rewrote without the person: the sender sends these instead of what it holds.</summary>
    public IReadOnlyList<OutboxItem> Rewritten { get; init; } = [];
}

/// <summary>
/// Writes one turn's whole outcome in one transaction: the records it changed, its replies as
/// outbox rows (but for ephemeral ones, see <see cref="Outbox.IsEphemeral"/>), its audit lines, its signals, and the mark that its inbox row is handled.
/// </summary>
public sealed class TurnCommitter(Database database, EntityStore entities, Inbox inbox, Outbox outbox, GroupCommit group, PersonalDataScrub? scrub = null) : ITurnStore
{
    /// <summary>Commits in a transaction of its own.</summary>
    public CommitResult Commit(long inboxSeq, ChangeSet changes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return database.InTransaction(() => Write(inboxSeq, changes, now));
    }

    /// <summary>
    /// Commits together with whatever else is ready (see <see cref="GroupCommit"/>); completes once
    /// durable. <paramref name="handled"/>, the turn's event, saves reading its inbox row back.
    /// </summary>
    public Task<CommitResult> CommitAsync(long inboxSeq, ChangeSet changes, DateTimeOffset now, InboundEnvelope? handled = null)
    {
        ArgumentNullException.ThrowIfNull(changes);
        // The JSON is written here, on the turn's own thread, so that the one writer thread every
        // turn and send shares only does the storing.
        var json = new Serialized(
            changes.Upserts.Select(EntityStore.Serialize).ToList(),
            changes.Deliveries.Select(d => Outbox.IsEphemeral(d.Message) ? null : StoredMessage.Json(d.Message)).ToList());
        return group.Run(() => Write(inboxSeq, changes, now, handled, json));
    }

    private CommitResult Write(long inboxSeq, ChangeSet changes, DateTimeOffset now, InboundEnvelope? handled = null, Serialized? json = null)
    {
        for (var i = 0; i < changes.Upserts.Count; i++)
        {
            var entity = changes.Upserts[i];
            if (json is null)
            {
                entities.Put(entity);
            }
            else
            {
                entities.Put(entity, json.Entities[i]);
            }
        }

        foreach (var (type, id) in changes.Deletes)
        {
            entities.Delete(type, id);
        }

        var queued = changes.Deliveries
            .Select((d, i) => Outbox.IsEphemeral(d.Message) ? Outbox.Unstored(d, now) : outbox.AddInTransaction(d, now, json?.Messages[i]))
            .ToList();
        foreach (var entry in changes.Audit)
        {
            database.AuditLog.Insert(new BsonDocument
            {
                ["at"] = entry.At.UtcDateTime,
                ["by"] = entry.By.ToString(),
                ["action"] = entry.Action,
                ["subject"] = entry.Subject,
                ["details"] = entry.Details,
            });
        }

        var cancelled = changes.CancelledTags.SelectMany(tag => outbox.CancelInTransaction(tag, now)).ToList();
        var signals = changes.Signals
            .Select(inbox.AddInTransaction)
            .OfType<InboxItem>()
            .ToList();
        inbox.MarkHandled(inboxSeq, handled);
        var rewritten = new List<OutboxItem>();
        foreach (var trace in changes.Erasures)
        {
            // Last, so that this turn's own inbox row goes too; this turn's reply to the person
            // stays until it is sent (ErasureFinisher).
            var queuedIds = queued.Select(q => q.Id).ToHashSet();
            if (scrub?.ScrubInTransaction(trace, now, keep: queuedIds) is { } scrubbed)
            {
                cancelled.AddRange(scrubbed.Cancelled);
                rewritten.AddRange(scrubbed.Rewritten);
            }
        }

        return new CommitResult(queued, signals, cancelled) { Rewritten = rewritten };
    }

    /// <summary>A turn's records and messages as JSON, made before the shared transaction.</summary>
    private sealed record Serialized(IReadOnlyList<string> Entities, IReadOnlyList<string?> Messages);
}
