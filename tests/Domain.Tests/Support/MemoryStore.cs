using Domain.Conversations;

namespace Domain.Tests.Support;

/// <summary>The bot's records in memory, by (type, id), as the real entity store keeps them.</summary>
public sealed class MemoryStore : IReadModel
{
    private readonly Dictionary<(Type Type, string Id), IEntity> entities = [];

    public T? Find<T>(string id)
        where T : class, IEntity =>
        entities.TryGetValue((typeof(T), id), out var entity) ? (T)entity : null;

    public IReadOnlyList<T> All<T>()
        where T : class, IEntity =>
        entities.Where(e => e.Key.Type == typeof(T)).Select(e => (T)e.Value).ToList();

    public void Put(IEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entities[(entity.GetType(), entity.Id)] = entity;
    }

    /// <summary>Writes what one turn decided: upserts first, then deletes (as the shell's committer does).</summary>
    public void Apply(ChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var entity in changes.Upserts)
        {
            Put(entity);
        }

        foreach (var (type, id) in changes.Deletes)
        {
            entities.Remove((type, id));
        }
    }
}
