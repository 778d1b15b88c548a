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
