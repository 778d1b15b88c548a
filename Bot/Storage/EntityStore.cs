using Domain;
using LiteDB;

namespace Bot.Storage;

/// <summary>Reads and writes domain records, each stored as JSON under its id.</summary>
public sealed class EntityStore(Database database) : IReadModel
{
    public T? Find<T>(string id)
        where T : class, IEntity
    {
        var doc = database.Entities(typeof(T)).FindById(id);
        return doc is null ? null : Json.Read<T>(doc["json"].AsString);
    }

    public IReadOnlyList<T> All<T>()
        where T : class, IEntity =>
        database.Entities(typeof(T)).FindAll().Select(d => Json.Read<T>(d["json"].AsString)).ToList();

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
