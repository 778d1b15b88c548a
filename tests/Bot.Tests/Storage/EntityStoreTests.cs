using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Events;
using Domain.Members;
using Domain.Users;

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

    [Fact]
    public void A_mirrored_record_is_read_from_memory_only_once_its_transaction_is_committed()
    {
        using var database = Open();
        var store = new EntityStore(database, StoredEntities.Mirrored);
        var link = new IdentityLink("zalo:77", "telegram:5", Now);

        Assert.Throws<InvalidOperationException>(() => database.InTransaction<bool>(() =>
        {
            store.Put(link);
            throw new InvalidOperationException("the turn failed");
        }));
        Assert.Null(store.Find<IdentityLink>("zalo:77"));
        Assert.Null(new EntityStore(database).Find<IdentityLink>("zalo:77"));

        database.InTransaction(() =>
        {
            store.Put(link);
            Assert.Null(store.Find<IdentityLink>("zalo:77"));
            return true;
        });
        Assert.Equal(link, store.Find<IdentityLink>("zalo:77"));

        database.InTransaction(() =>
        {
            store.Delete(typeof(IdentityLink), "zalo:77");
            return true;
        });
        Assert.Null(store.Find<IdentityLink>("zalo:77"));
        Assert.Null(new EntityStore(database).Find<IdentityLink>("zalo:77"));
    }

    [Fact]
    public void The_mirror_starts_with_what_the_file_holds_and_other_types_still_come_from_the_file()
    {
        var preferred = new PreferredChannel("telegram:5", "zalo", Chosen: true);
        using (var database = Open())
        {
            var store = new EntityStore(database);
            store.Put(preferred);
            store.Put(Member(5));
        }

        using var reopened = Open();
        var mirrored = new EntityStore(reopened, StoredEntities.Mirrored);
        Assert.Equal(preferred, mirrored.Find<PreferredChannel>("telegram:5"));
        Assert.Null(mirrored.Find<PreferredChannel>("telegram:6"));

        // Written outside a transaction, LiteDB commits at once, and so does the mirror.
        new EntityStore(reopened).Put(Member(6));
        mirrored.Put(preferred with { Via = "telegram" });
        Assert.Equal("telegram", mirrored.Find<PreferredChannel>("telegram:5")!.Via);
        Assert.Equal("Người 6", mirrored.Find<Member>("telegram:6")!.FullName);
    }

    [Fact]
    public void A_conversation_set_aside_is_read_back_after_reopening_with_its_answers()
    {
        var key = new UserKey("telegram", "42");
        var session = Domain.Conversations.Session.New(key, Domain.Text.Lang.Vi)
            .Enter("rp", "PageUrl").Set("round", "r1").Set("p0.name", "Trang Hoa").Park();
        using (var database = Open())
        {
            new EntityStore(database).Put(session);
        }

        using var reopened = Open();
        var read = new EntityStore(reopened).Find<Domain.Conversations.Session>(key.ToString())!;

        Assert.Null(read.Flow);
        var resumed = read.Unpark();
        Assert.Equal(("rp", "PageUrl", "Trang Hoa", (Domain.Conversations.ParkedFlow?)null), (resumed.Flow, resumed.State, resumed.Get("p0.name"), resumed.Parked));
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
