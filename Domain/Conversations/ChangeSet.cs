using Domain.Users;

namespace Domain.Conversations;

public enum Priority
{
    /// <summary>An answer to someone who is waiting: sent before any bulk message.</summary>
    Interactive = 0,

    /// <summary>Broadcasts and reminders.</summary>
    Bulk = 1,
}

/// <summary>A message to send. <paramref name="Tag"/> groups the messages of one broadcast, to count or cancel them.</summary>
public sealed record Delivery(UserKey To, Outbound Message, Priority Priority, string? Tag = null);

public sealed record AuditEntry(DateTimeOffset At, UserKey By, string Action, string? Subject, string? Details);

/// <summary>
/// What identifies an erased person (their channel keys, name and phone forms): the shell removes
/// every trace of these from what it keeps outside the records (inbox, outbox, audit, shown
/// choices, the file's free space), and stores no session for them after the turn.
/// </summary>
public sealed record PersonalTrace(IReadOnlyList<string> Keys, IReadOnlyList<string> Texts)
{
    /// <summary>
    /// Queues the erasure signalled to finish its work there (the report desk rewriting the
    /// reports): the file's freed space is overwritten only once they have handled every event
    /// stored up to the erasure, or the old copies they replace would stay in it.
    /// </summary>
    public IReadOnlyList<string> WaitFor { get; init; } = [];

    /// <summary>
    /// A text for other people (a broadcast not yet sent) with the person's name and phone
    /// replaced by "(đã xóa)": such a message goes on without them instead of being cancelled.
    /// Null when nothing of theirs can be found in a text.
    /// </summary>
    public Func<string, string>? Redact { get; init; }
}

/// <summary>
/// Everything one turn decided: records to write, messages to send, audit lines and signals to
/// other users. The shell commits it in one transaction, so either all of it happens or none.
/// </summary>
public sealed class ChangeSet
{
    private readonly List<IEntity> upserts = [];
    private readonly List<(Type Type, string Id)> deletes = [];
    private readonly List<Delivery> deliveries = [];
    private readonly List<AuditEntry> audit = [];
    private readonly List<InboundEnvelope> signals = [];
    private readonly List<string> cancelledTags = [];
    private readonly List<PersonalTrace> erasures = [];

    public IReadOnlyList<IEntity> Upserts => upserts;

    public IReadOnlyList<(Type Type, string Id)> Deletes => deletes;

    public IReadOnlyList<Delivery> Deliveries => deliveries;

    public IReadOnlyList<AuditEntry> Audit => audit;

    public IReadOnlyList<InboundEnvelope> Signals => signals;

    /// <summary>Tags whose messages not yet sent are to be dropped.</summary>
    public IReadOnlyList<string> CancelledTags => cancelledTags;

    /// <summary>People erased by this turn (see <see cref="PersonalTrace"/>).</summary>
    public IReadOnlyList<PersonalTrace> Erasures => erasures;

    public void Erase(PersonalTrace trace) => erasures.Add(trace);

    public void Put(IEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        upserts.RemoveAll(e => e.GetType() == entity.GetType() && e.Id == entity.Id);
        deletes.RemoveAll(d => d.Type == entity.GetType() && d.Id == entity.Id);
        upserts.Add(entity);
    }

    public void Delete<T>(string id)
        where T : IEntity
    {
        upserts.RemoveAll(e => e is T && e.Id == id);
        deletes.Add((typeof(T), id));
    }

    public void Send(UserKey to, Outbound message, Priority priority = Priority.Interactive, string? tag = null) =>
        deliveries.Add(new Delivery(to, message, priority, tag));

    /// <summary>Changes where each message goes (a person's channel), keeping their order.</summary>
    public void Readdress(Func<UserKey, UserKey> address)
    {
        ArgumentNullException.ThrowIfNull(address);
        for (var i = 0; i < deliveries.Count; i++)
        {
            var to = address(deliveries[i].To);
            if (to != deliveries[i].To)
            {
                deliveries[i] = deliveries[i] with { To = to };
            }
        }
    }

    public void CancelDeliveries(string tag) => cancelledTags.Add(tag);

    public void Record(AuditEntry entry) => audit.Add(entry);

    public void Signal(InboundEnvelope envelope) => signals.Add(envelope);
}
