using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Conversations;
using Domain.Members;
using Domain.Users;
using LiteDB;

namespace Bot.Tests.Storage;

/// <summary>Records read once are kept in memory, and only committed values are ever kept.</summary>
public sealed class EntityCacheTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_record_read_once_is_answered_from_memory_afterwards()
    {
        using var database = Open();
        var store = new EntityStore(database, cache: new EntityCache(100));
        store.Put(Member(1, "Nguyễn Văn An"));
        Assert.Equal("Nguyễn Văn An", store.Find<Member>("telegram:1")!.FullName);

        // Changed in the file behind the store's back: the kept copy still answers.
        WriteBehindTheStore(database, Member(1, "Trần Thị Bình"));

        Assert.Equal("Nguyễn Văn An", store.Find<Member>("telegram:1")!.FullName);
        Assert.Equal("Trần Thị Bình", new EntityStore(database).Find<Member>("telegram:1")!.FullName);
    }

    [Fact]
    public void A_committed_write_replaces_the_kept_copy_and_a_rolled_back_one_does_not()
    {
        using var database = Open();
        var store = new EntityStore(database, cache: new EntityCache(100));
        store.Put(Member(1, "Nguyễn Văn An"));
        _ = store.Find<Member>("telegram:1");

        Assert.Throws<InvalidOperationException>(() => database.InTransaction<bool>(() =>
        {
            store.Put(Member(1, "Lê Văn Cường"));
            // Inside the transaction its own write is seen, from the file.
            Assert.Equal("Lê Văn Cường", store.Find<Member>("telegram:1")!.FullName);
            throw new InvalidOperationException("the turn failed");
        }));
        Assert.Equal("Nguyễn Văn An", store.Find<Member>("telegram:1")!.FullName);

        database.InTransaction(() =>
        {
            store.Put(Member(1, "Trần Thị Bình"));
            return true;
        });
        Assert.Equal("Trần Thị Bình", store.Find<Member>("telegram:1")!.FullName);
    }

    [Fact]
    public void A_record_first_read_inside_a_rolled_back_transaction_is_not_kept()
    {
        using var database = Open();
        var store = new EntityStore(database, cache: new EntityCache(100));

        Assert.Throws<InvalidOperationException>(() => database.InTransaction<bool>(() =>
        {
            store.Put(Member(2, "Lê Văn Cường"));
            Assert.NotNull(store.Find<Member>("telegram:2"));
            throw new InvalidOperationException("the turn failed");
        }));

        Assert.Null(store.Find<Member>("telegram:2"));
    }

    [Fact]
    public void Known_absence_and_deletion_are_kept_too()
    {
        using var database = Open();
        var store = new EntityStore(database, cache: new EntityCache(100));
        Assert.Null(store.Find<Session>("telegram:3"));

        var session = Session.New(UserKey.Parse("telegram:3"), Domain.Text.Lang.Vi);
        store.Put(session);
        Assert.Same(session, store.Find<Session>("telegram:3"));

        store.Delete(typeof(Session), "telegram:3");
        Assert.Null(store.Find<Session>("telegram:3"));
        Assert.Null(new EntityStore(database).Find<Session>("telegram:3"));
    }

    [Fact]
    public void A_read_that_a_write_overtook_is_not_kept()
    {
        var cache = new EntityCache(100);
        var stamp = cache.Stamp(typeof(Member), "telegram:1");
        // The write commits while the read is still on its way with the value from before.
        cache.Written(typeof(Member), "telegram:1", Member(1, "Trần Thị Bình"));
        cache.Offer(typeof(Member), "telegram:1", Member(1, "Nguyễn Văn An"), stamp);

        Assert.False(cache.TryGet(typeof(Member), "telegram:1", out _));

        var fresh = cache.Stamp(typeof(Member), "telegram:1");
        cache.Offer(typeof(Member), "telegram:1", Member(1, "Trần Thị Bình"), fresh);
        Assert.True(cache.TryGet(typeof(Member), "telegram:1", out var kept));
        Assert.Equal("Trần Thị Bình", ((Member)kept!).FullName);
    }

    [Fact]
    public void A_full_cache_starts_again_instead_of_growing()
    {
        var cache = new EntityCache(10);
        for (var i = 0; i < 25; i++)
        {
            var id = $"telegram:{i}";
            cache.Offer(typeof(Member), id, Member(i, "Người"), cache.Stamp(typeof(Member), id));
            Assert.InRange(cache.Count, 1, 10);
        }

        Assert.True(cache.TryGet(typeof(Member), "telegram:24", out _));
        Assert.False(cache.TryGet(typeof(Member), "telegram:0", out _));
    }

    [Fact]
    public async Task Many_threads_reading_while_one_writes_end_with_the_last_committed_value()
    {
        using var database = Open();
        var store = new EntityStore(database, cache: new EntityCache(100));
        store.Put(Member(1, "Người 0"));
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 3).Select(reader => Task.Factory.StartNew(
            () =>
            {
                while (!done.IsCancellationRequested)
                {
                    _ = store.Find<Member>("telegram:1");
                }
            },
            TaskCreationOptions.LongRunning)).ToList();
        for (var n = 1; n <= 300; n++)
        {
            database.InTransaction(() =>
            {
                store.Put(Member(1, $"Người {n}"));
                return true;
            });
        }

        await done.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Equal("Người 300", store.Find<Member>("telegram:1")!.FullName);
    }

    private static Member Member(int i, string name) => new()
    {
        Id = $"telegram:{i}",
        FullName = name,
        Phone = $"+8490123{i:0000}",
        UnitCode = "P05",
        Position = "Ủy viên",
        Status = MemberStatus.Approved,
    };

    private static void WriteBehindTheStore(Database database, Member member) =>
        database.Entities(typeof(Member)).Upsert(new BsonDocument
        {
            ["_id"] = member.Id,
            ["json"] = EntityStore.Serialize(member),
        });

    private Database Open() => new(folder.DatabasePath, StoredEntities.Types);
}
