using Bot.Hosting;
using Bot.Operations;
using Bot.Storage;
using Bot.Tests.Support;
using LiteDB;

namespace Bot.Tests.Storage;

/// <summary>
/// A backup copies the data file frozen at a checkpoint: commits go on meanwhile (into the log),
/// and the copy holds one consistent state, the one of the checkpoint.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Commits_go_on_while_the_file_is_copied_and_the_copy_is_the_state_before_them()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        using var group = new GroupCommit(database);
        database.InTransaction(() => Pair(database, 0));
        var during = 0;

        var result = new BackupService(database, copying: _ =>
        {
            // More than LiteDB's 1,000 pages between automatic checkpoints, in commits each waited
            // for: with the lock every turn needs held during the copy, the first would never finish.
            for (var i = 0; i < 150; i++)
            {
                var first = (i * 8) + 1;
                Assert.True(group.Run(() => Enumerable.Range(first, 8).All(n => Pair(database, n))).Wait(Patience), "a commit waited for the backup");
                during += 8;
            }
        }).Backup(Path.Combine(folder.Path, "copy.db"));

        Assert.Equal(1200, during);
        Assert.Equal(1201, database.Lite.GetCollection("a").Count());
        using var copy = new LiteDatabase(new ConnectionString { Filename = result.Path, ReadOnly = true });
        Assert.Equal([0], copy.GetCollection("a").FindAll().Select(d => d["_id"].AsInt32));
        Assert.Equal([0], copy.GetCollection("b").FindAll().Select(d => d["_id"].AsInt32));
    }

    [Fact]
    public async Task A_backup_under_write_load_opens_and_holds_whole_transactions_only()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        using var group = new GroupCommit(database);
        using var stop = new CancellationTokenSource();
        var next = 0;
        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref next);
                await group.Run(() => Pair(database, n));
            }
        })).ToList();
        await Eventually.True(() => Volatile.Read(ref next) > 300);

        var results = new List<BackupResult>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(new BackupService(database).Backup(Path.Combine(folder.Path, $"copy{i}.db")));
        }

        await stop.CancelAsync();
        await Task.WhenAll(writers);
        var counts = new List<int>();
        foreach (var result in results)
        {
            using var copy = new LiteDatabase(new ConnectionString { Filename = result.Path, ReadOnly = true });
            var a = copy.GetCollection("a").FindAll().Select(d => d["_id"].AsInt32).Order().ToList();
            var b = copy.GetCollection("b").FindAll().Select(d => d["_id"].AsInt32).Order().ToList();
            // Each transaction wrote one row into each collection: a torn copy would differ.
            Assert.Equal(a, b);
            Assert.NotEmpty(a);
            counts.Add(a.Count);
        }

        Assert.Equal(counts.Order(), counts);
        Assert.True(database.Lite.GetCollection("a").Count() >= counts[^1]);
    }

    [Fact]
    public void A_backup_interrupted_before_it_ended_leaves_no_file_without_checkpoints_after_a_restart()
    {
        using (var database = new Database(folder.DatabasePath, StoredEntities.Types))
        {
            // The process dies inside the copy: the freeze is never undone.
            _ = database.FreezeDataFile(Patience);
            Assert.Equal(0, database.Lite.Pragma("CHECKPOINT").AsInt32);
        }

        using var reopened = new Database(folder.DatabasePath, StoredEntities.Types);

        Assert.Equal(1000, reopened.Lite.Pragma("CHECKPOINT").AsInt32);
    }

    private static bool Pair(Database database, int n)
    {
        var payload = new string('x', 6000);
        database.Lite.GetCollection("a").Insert(new BsonDocument { ["_id"] = n, ["p"] = payload });
        database.Lite.GetCollection("b").Insert(new BsonDocument { ["_id"] = n, ["p"] = payload });
        return true;
    }
}
