namespace Domain.Tests.Support;

/// <summary>Every record of every kind in a store, for the tests that look for an erased person in all of them.</summary>
public static class ErasureReach
{
    public static IEnumerable<IEntity> AllRecords(MemoryStore store) =>
        typeof(IEntity).Assembly.GetTypes()
            .Where(t => typeof(IEntity).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => (IEnumerable<IEntity>)typeof(MemoryStore).GetMethod(nameof(MemoryStore.All))!.MakeGenericMethod(t).Invoke(store, null)!);
}
