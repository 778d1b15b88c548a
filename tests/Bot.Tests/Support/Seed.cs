using Bot.Hosting;
using Bot.Storage;
using Domain.Members;

namespace Bot.Tests.Support;

/// <summary>Approved members put straight into the database, for tests about many recipients.</summary>
public static class Seed
{
    public const long FirstId = 50_000;

    public static IReadOnlyList<long> Members(EntityStore store, int count, long firstId = FirstId)
    {
        ArgumentNullException.ThrowIfNull(store);
        var ids = Enumerable.Range(0, count).Select(i => firstId + i).ToList();
        foreach (var id in ids)
        {
            store.Put(new Member
            {
                Id = $"telegram:{id}",
                FullName = $"Thành Viên {Letters(id)}",
                Phone = $"+8490{id % 10_000_000:0000000}",
                UnitCode = $"P{(id % 14) + 1:00}",
                Position = "Ủy viên",
                Status = MemberStatus.Approved,
            });
        }

        return ids;
    }

    /// <summary>Seeds a database file that no bot has open yet.</summary>
    public static IReadOnlyList<long> MembersInFile(string databasePath, int count)
    {
        using var database = new Database(databasePath, StoredEntities.Types);
        return Members(new EntityStore(database), count);
    }

    private static string Letters(long id) => new(id.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + (d - '0'))).ToArray());
}
