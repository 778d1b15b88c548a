using System.Collections.Concurrent;
using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Conversations;
using LiteDB;

namespace Bot.Tests.Storage;

/// <summary>
/// What is reported stored has reached the device: the log file LiteDB commits into is synced
/// (fsync) after the commit and before the caller hears of it.
/// </summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_group_commit_is_synced_to_the_device_before_its_callers_are_released()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        using var group = new GroupCommit(database);
        using var hold = new ManualResetEventSlim();
        var written = 0;
        var pending = new Task<int>[20];
        var syncs = new ConcurrentQueue<(int Written, int Released, long LogLength)>();
        database.Files.LogSynced += () => syncs.Enqueue((Volatile.Read(ref written), pending.Count(t => t is { IsCompleted: true }), database.Files.Log.Length));

        // The writer is held on a first item, so that the twenty that follow share one transaction.
        var first = group.Run(() => hold.Wait(TimeSpan.FromSeconds(20)));
        for (var i = 0; i < pending.Length; i++)
        {
            var id = i;
            pending[i] = group.Run(() =>
            {
                database.Marks.Upsert(new BsonDocument { ["_id"] = $"probe{id}", ["n"] = id });
                return Interlocked.Increment(ref written);
            });
        }

        hold.Set();
        await first;
        await Task.WhenAll(pending);

        // The transaction holding the twenty was synced after all of them wrote, before any was released.
        var synced = Assert.Single(syncs, s => s.Written == pending.Length);
        Assert.Equal(0, synced.Released);
        Assert.True(synced.LogLength > 0);
    }

    [Fact]
    public async Task Updates_stored_by_the_poller_are_on_the_device_before_their_offset_can_be_confirmed()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        using var group = new GroupCommit(database);
        var inbox = new Inbox(database);
        var now = DateTimeOffset.UtcNow;
        var user = new Domain.Users.UserKey("telegram", "501");
        var batch = Inbox.Prepare([new InboundEnvelope("telegram:9001", user, new TextIn("/start"), now, "An", "vi")]);
        Task<IReadOnlyList<InboxItem>>? store = null;
        var storedAtSync = new ConcurrentQueue<bool>();
        database.Files.LogSynced += () => storedAtSync.Enqueue(Volatile.Read(ref store) is { IsCompleted: true });

        store = inbox.AddAllAsync(batch, group);
        var stored = await store;

        Assert.Single(stored);
        Assert.Contains(false, storedAtSync);
    }

    [Fact]
    public void A_write_outside_a_transaction_is_synced_before_it_returns()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        var returned = false;
        var syncedBeforeReturn = 0;
        database.Files.LogSynced += () =>
        {
            if (!returned)
            {
                syncedBeforeReturn++;
            }
        };

        database.Marks.Upsert(new BsonDocument { ["_id"] = "alone", ["n"] = 1 });
        returned = true;

        Assert.True(syncedBeforeReturn > 0);
    }

    [Fact]
    public void Commits_are_read_back_after_reopening_from_the_files_the_bot_opens_itself()
    {
        using (var database = new Database(folder.DatabasePath, StoredEntities.Types))
        {
            database.InTransaction(() => database.Marks.Upsert(new BsonDocument { ["_id"] = "kept", ["n"] = 7 }));
        }

        using var reopened = new Database(folder.DatabasePath, StoredEntities.Types);

        Assert.Equal(7, reopened.Marks.FindById("kept")["n"].AsInt32);
    }
}
