namespace Domain;

/// <summary>A stored record with a stable string id.</summary>
public interface IEntity
{
    string Id { get; }
}

/// <summary>What a turn may read. The shell implements it over its storage.</summary>
public interface IReadModel
{
    T? Find<T>(string id)
        where T : class, IEntity;

    IReadOnlyList<T> All<T>()
        where T : class, IEntity;

    /// <summary>
    /// The records of <see cref="All{T}"/>, in the same order, read one at a time as the caller goes:
    /// for the large collections (members, answers) when the caller only counts or keeps a part.
    /// </summary>
    IEnumerable<T> Scan<T>()
        where T : class, IEntity => All<T>();

    /// <summary>The records whose id starts with <paramref name="prefix"/> (ordinal), read one at a time.</summary>
    IEnumerable<T> WithIdPrefix<T>(string prefix)
        where T : class, IEntity => Scan<T>().Where(e => e.Id.StartsWith(prefix, StringComparison.Ordinal));
}

/// <summary>A store with nothing in it, for building things that need a store but read none.</summary>
public sealed class EmptyReadModel : IReadModel
{
    public static readonly EmptyReadModel Instance = new();

    public T? Find<T>(string id)
        where T : class, IEntity => null;

    public IReadOnlyList<T> All<T>()
        where T : class, IEntity => [];
}
