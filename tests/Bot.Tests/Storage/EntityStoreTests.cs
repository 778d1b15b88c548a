using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Events;
using Domain.Members;

namespace Bot.Tests.Storage;

/// <summary>The record-at-a-time reads the reports use with many members, against the list reads.</summary>
public sealed class EntityStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 4, 20, 8, 0, 0, TimeSpan.FromHours(7));
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Scan_returns_every_record_of_all_in_the_same_order()
    {
        using var database = Open();
        var store = new EntityStore(database);
        foreach (var i in new[] { 5, 1, 12, 3, 40, 2 })
        {
            store.Put(Member(i));
        }

        var all = store.All<Member>();
        var scanned = store.Scan<Member>().ToList();

        Assert.Equal(6, scanned.Count);
        Assert.Equal(all.Select(m => m.Id), scanned.Select(m => m.Id));
        Assert.Equal(all, scanned);
    }

    [Fact]
    public void Answers_by_id_prefix_are_the_meetings_own_exactly()
    {
        using var database = Open();
        var store = new EntityStore(database);
        // Ids LIKE would also match: "_" as any character, and a longer meeting id.
        var meetings = new[] { "hn_2026", "hnx2026", "hn_2026|b", "hn_20261" };
        foreach (var meeting in meetings)
        {
            foreach (var member in new[] { "telegram:1", "telegram:2" })
            {
                store.Put(Rsvp.Set(null, meeting, member, RsvpAnswer.Attending, null, null, Now, member));
            }
        }

        var prefix = Rsvp.IdFor("hn_2026", string.Empty);
        var found = store.WithIdPrefix<Rsvp>(prefix).Select(r => r.Id).ToList();

        var expected = store.All<Rsvp>().Where(r => r.Id.StartsWith(prefix, StringComparison.Ordinal)).Select(r => r.Id).ToList();
        Assert.Equal(4, expected.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    private static Member Member(int i) => new()
    {
        Id = $"telegram:{i}",
        FullName = $"Người {i}",
        Phone = $"+8490123{i:0000}",
        UnitCode = "P05",
        Position = "Ủy viên",
        Status = MemberStatus.Approved,
    };

    private Database Open() => new(folder.DatabasePath, StoredEntities.Types);
}
