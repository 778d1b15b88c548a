using System.Collections.Concurrent;
using Domain;

namespace Bot.Storage;

/// <summary>
/// The records turns read most (their sessions, members, meetings and answers), kept in memory
/// after the first read so that a turn does not read and parse them from the file again. Records
/// are immutable, so one copy is shared. Only committed values enter: a write updates an entry
/// after its transaction committed, and a read that raced with a write to the same record is not
/// kept (its value may be the one from before). Bounded: when full it starts again empty. Updates
/// arrive in commit order because one thread commits the records while the bot runs (the group
/// commit's writer): two threads committing the same record could hand their updates over in the
/// other order.
/// </summary>
public sealed class EntityCache(int capacity)
{
    // Stands for "no such record": most lookups of a role grant or an answer find nothing.
    private static readonly object Absent = new();

    // One counter per group of records, raised by every committed write to one of them, so that a
    // read can tell whether a write came between its look at the file and its offer here.
    private readonly long[] writes = new long[4096];
    private readonly ConcurrentDictionary<(Type Type, string Id), object> entries = new();
    private readonly Lock gate = new();

    // Entries are only added and cleared under the gate, so it counts them: the dictionary's own
    // Count takes every one of its locks, on each read that missed.
    private int kept;

    public int Count => Volatile.Read(ref kept);

    /// <summary>Found (the record, or null when known not to exist) or not known.</summary>
    public bool TryGet(Type type, string id, out IEntity? entity)
    {
        if (entries.TryGetValue((type, id), out var entry))
        {
            entity = entry as IEntity;
            return true;
        }

        entity = null;
        return false;
    }

    /// <summary>Taken before reading the record from the file, and handed back to <see cref="Offer"/>.</summary>
    public long Stamp(Type type, string id) => Volatile.Read(ref writes[Slot(type, id)]);

    /// <summary>Keeps what was read from the file (null: not there), unless a write to the record committed since <paramref name="stamp"/>.</summary>
    public void Offer(Type type, string id, IEntity? entity, long stamp)
    {
        lock (gate)
        {
            if (writes[Slot(type, id)] != stamp)
            {
                return;
            }

            if (kept >= capacity)
            {
                entries.Clear();
                kept = 0;
            }

            if (entries.TryAdd((type, id), entity ?? Absent))
            {
                kept++;
            }
        }
    }

    /// <summary>A committed write: a kept entry takes the new value (null: deleted).</summary>
    public void Written(Type type, string id, IEntity? entity)
    {
        lock (gate)
        {
            writes[Slot(type, id)]++;
            var key = (type, id);
            if (entity is null)
            {
                // Removed, not kept as "absent": a deleted record's id (an erased person's key) stays nowhere.
                if (entries.TryRemove(key, out _))
                {
                    kept--;
                }
            }
            else if (entries.ContainsKey(key))
            {
                entries[key] = entity;
            }
        }
    }

    /// <summary>Drops every entry whose id contains one of <paramref name="parts"/> (an erased person's keys).</summary>
    public void Forget(IReadOnlyCollection<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        lock (gate)
        {
            foreach (var key in entries.Keys.Where(k => parts.Any(p => k.Id.Contains(p, StringComparison.Ordinal))).ToList())
            {
                writes[Slot(key.Type, key.Id)]++;
                if (entries.TryRemove(key, out _))
                {
                    kept--;
                }
            }
        }
    }

    /// <summary>Every id and record kept, for a test that checks what memory still holds.</summary>
    public IReadOnlyList<(string Id, IEntity? Entity)> Entries() => entries.Select(e => (e.Key.Id, e.Value as IEntity)).ToList();

    private int Slot(Type type, string id) =>
        (int)((uint)HashCode.Combine(type, StringComparer.Ordinal.GetHashCode(id)) % (uint)writes.Length);
}
