using Domain;
using LiteDB;

namespace Bot.Storage;

/// <summary>Reads and writes domain records, each stored as JSON under its id.</summary>
public sealed class EntityStore(Database database) : IReadModel
{
    // Parameterized: LiteDB compiles and caches every distinct expression text for good.
    private const string IdLike = "_id LIKE @0";

    public T? Find<T>(string id)
        where T : class, IEntity
    {
        var doc = database.Entities(typeof(T)).FindById(id);
        return doc is null ? null : Json.Read<T>(doc["json"].AsString);
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
    }

    public void Delete(Type type, string id) => database.Entities(type).Delete(id);
}
