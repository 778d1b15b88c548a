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
