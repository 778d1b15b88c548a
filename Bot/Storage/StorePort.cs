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

    /// <summary>Stores messages written outside a turn (a channel's own notice); completes once durable.</summary>
    Task<IReadOnlyList<OutboxItem>> AddAsync(IReadOnlyList<Domain.Conversations.Delivery> deliveries, DateTimeOffset now);

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

/// <summary>The store's health: a timed round trip through it, as a turn makes one.</summary>
public interface IStoreProbe
{
    /// <summary>Null when the store answered within <paramref name="timeout"/>; else what went wrong.</summary>
    Task<string?> CheckAsync(TimeSpan timeout, CancellationToken cancellationToken = default);
}

/// <summary>A consistent copy of everything stored, taken while the bot runs and serves.</summary>
public interface IStoreBackup
{
    /// <summary>Writes the copy to <paramref name="target"/> (a new file, owner-only); throws <see cref="IOException"/> if it exists.</summary>
    BackupResult Backup(string target);
}

/// <summary>The operator's commands on a stopped bot's store: a copy, and putting a copy back.</summary>
public interface IStoppedStore
{
    /// <summary>Whether there is anything stored yet.</summary>
    bool Exists { get; }

    /// <summary>A copy of the store; null while a running bot holds it (then ask the bot for one).</summary>
    BackupResult? TryBackup(string target);

    /// <summary>Counts what a backup holds; throws <see cref="InvalidDataException"/> when it cannot be read.</summary>
    int Verify(string backup);

    /// <summary>
    /// Puts <paramref name="backup"/> in place of the store, the current one kept aside under
    /// <paramref name="asideSuffix"/>, and opens the result to prove it works; throws
    /// <see cref="Bot.Workers.StartupException"/> while a running bot holds the store.
    /// </summary>
    void Restore(string backup, string asideSuffix);
}
