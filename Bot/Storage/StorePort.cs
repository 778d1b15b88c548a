using Domain;
using Domain.Conversations;
using Domain.Users;

namespace Bot.Storage;

// The store's port: what the pipeline, the sender and the channels use of the store. Nothing here
// names LiteDB; Bot/Storage/README.md says what each promise costs on LiteDB and what another
// implementation (PostgreSQL) would need to keep it.

/// <summary>Records read and, outside a turn, written one at a time (a turn writes through its <see cref="ITurnStore"/>).</summary>
public interface IRecordStore : IReadModel
{
    void Put(IEntity entity);

    void Delete(Type type, string id);
}

/// <summary>Received events: stored before they are handled, each id once.</summary>
public interface IInbox
{
    /// <summary>Stores the event; null when an event with the same id was stored before.</summary>
    InboxItem? TryAdd(InboundEnvelope envelope);

    /// <summary>Stores a batch (ids seen before are left out); completes once the new ones are durable.</summary>
    Task<IReadOnlyList<InboxItem>> AddAllAsync(IReadOnlyList<InboundEnvelope> envelopes);

    /// <summary>The events not handled yet, in arrival order.</summary>
    IReadOnlyList<InboxItem> AllUnhandled();

    /// <summary>The stored event, or null once it was handled.</summary>
    InboundEnvelope? Unhandled(long seq);
}

/// <summary>A turn's whole outcome (records, replies, audit, signals, "handled") stored at once.</summary>
public interface ITurnStore
{
    Task<CommitResult> CommitAsync(long inboxSeq, ChangeSet changes, DateTimeOffset now, InboundEnvelope? handled = null);
}

/// <summary>Messages to send and what became of each.</summary>
public interface IOutboxStore
{
    IReadOnlyList<OutboxItem> AllPending();

    IReadOnlyDictionary<OutboxStatus, int> CountByStatus(string tag);

    IReadOnlyList<UserKey> UnreachableOf(string tag);

    (UserKey To, long MessageId)? SentMessage(string tag);

    /// <summary>Stores a message's fate; completes once durable.</summary>
    Task CompleteAsync(OutboxItem item, OutboxStatus status, DateTimeOffset at, string? failure, long? channelMessageId);

    /// <summary>Stores a failed attempt and the parts accepted so far; false when the message was cancelled meanwhile.</summary>
    Task<bool> RecordAttemptAsync(long id, string? failure, bool countAttempt, int partsSent);
}

/// <summary>Chats that refused the bot (blocked it), known in memory and kept across restarts.</summary>
public interface IReachability
{
    bool IsUnreachable(UserKey user);

    void MarkUnreachable(UserKey user, string reason, DateTimeOffset at);

    void MarkReachable(UserKey user);
}
