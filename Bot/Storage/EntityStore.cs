using System.Collections.Concurrent;
using Domain;
using LiteDB;

namespace Bot.Storage;

/// <summary>
/// Reads and writes domain records, each stored as JSON under its id. The records of the
/// <paramref name="mirrored"/> types are also kept in memory, all of them, and <see cref="Find{T}"/>
/// reads them from there; the lists (<see cref="Scan{T}"/>, <see cref="WithIdPrefix{T}"/>) still come
/// from the file, which may be a moment ahead of the memory copy right after a commit. Other
/// records that <see cref="Find{T}"/> reads are kept in the <paramref name="cache"/>, so every
/// write to a stored record must go through this class.
/// </summary>
public sealed class EntityStore(Database database, IEnumerable<Type>? mirrored = null, EntityCache? cache = null) : IRecordStore
{
    // Parameterized: LiteDB compiles and caches every distinct expression text for good.
    private const string IdLike = "_id LIKE @0";

    private readonly Dictionary<Type, ConcurrentDictionary<string, IEntity>> mirrors = (mirrored ?? [])
        .ToDictionary(type => type, type => Load(database, type));

    /// <summary>Every record kept in memory in full (the mirrored types), for a test that checks what memory holds.</summary>
    public IEnumerable<IEntity> MirroredRecords() => mirrors.Values.SelectMany(m => m.Values);

    public T? Find<T>(string id)
        where T : class, IEntity
    {
        if (mirrors.TryGetValue(typeof(T), out var mirror))
        {
            return mirror.GetValueOrDefault(id) as T;
        }

        // Inside a transaction the file holds its writes before they are committed: the cache must
        // neither answer for them nor keep them.
        if (cache is null || database.InTransactionHere)
        {
            return Read<T>(id);
        }

        if (cache.TryGet(typeof(T), id, out var known))
        {
            return (T?)known;
        }

        var stamp = cache.Stamp(typeof(T), id);
        var entity = Read<T>(id);
        cache.Offer(typeof(T), id, entity, stamp);
        return entity;
    }

    public IReadOnlyList<T> All<T>()
        where T : class, IEntity => Scan<T>().ToList();

    /// <summary>
    /// Lazily, in id order: each document becomes a record only when the caller reaches it, so
    /// counting 10,000 members keeps one at a time instead of a list of them all. The read stays
    /// open on the calling thread until the caller stops enumerating.
    /// </summary>
    public IEnumerable<T> Scan<T>()
        where T : class, IEntity =>
        database.Entities(typeof(T)).FindAll().Select(d => Json.Read<T>(d["json"].AsString));

    /// <summary>
    /// Through the id index: only the documents LIKE the prefix are read. LIKE ignores case and
    /// takes _ and % as wildcards, so the records are checked against the exact prefix after.
    /// </summary>
    public IEnumerable<T> WithIdPrefix<T>(string prefix)
        where T : class, IEntity
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return database.Entities(typeof(T)).Find(BsonExpression.Create(IdLike, prefix + "%"))
            .Select(d => Json.Read<T>(d["json"].AsString))
            .Where(e => e.Id.StartsWith(prefix, StringComparison.Ordinal));
    }

    public void Put(IEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Put(entity, Serialize(entity));
    }

    /// <summary>The record as stored; written apart from <see cref="Put(IEntity, string)"/> so callers can do it outside a shared transaction.</summary>
    public static string Serialize(IEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return System.Text.Json.JsonSerializer.Serialize(entity, entity.GetType(), Json.Options);
    }

    /// <summary>Stores a record already serialized with <see cref="Serialize"/>.</summary>
    public void Put(IEntity entity, string json)
    {
        ArgumentNullException.ThrowIfNull(entity);
        database.Entities(entity.GetType()).Upsert(new BsonDocument
        {
            ["_id"] = entity.Id,
            ["json"] = json,
        });
        if (mirrors.TryGetValue(entity.GetType(), out var mirror))
        {
            // The stored copy, not the caller's object, which the caller may go on changing.
            var copy = (IEntity)Json.Read(json, entity.GetType());
            database.AfterCommit(() => mirror[copy.Id] = copy);
        }
        else if (cache is not null)
        {
            // Records are immutable: the committed object itself is what later reads would parse.
            database.AfterCommit(() => cache.Written(entity.GetType(), entity.Id, entity));
        }
    }

    public void Delete(Type type, string id)
    {
        database.Entities(type).Delete(id);
        if (mirrors.TryGetValue(type, out var mirror))
        {
            database.AfterCommit(() => mirror.TryRemove(id, out _));
        }
        else if (cache is not null)
        {
            database.AfterCommit(() => cache.Written(type, id, null));
        }
    }

    private T? Read<T>(string id)
        where T : class, IEntity
    {
        var doc = database.Entities(typeof(T)).FindById(id);
        return doc is null ? null : Json.Read<T>(doc["json"].AsString);
    }

    private static ConcurrentDictionary<string, IEntity> Load(Database database, Type type) => new(
        database.Entities(type).FindAll().Select(d => (IEntity)Json.Read(d["json"].AsString, type)).Select(e => KeyValuePair.Create(e.Id, e)),
        StringComparer.Ordinal);
}
