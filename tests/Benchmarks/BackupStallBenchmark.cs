using System.Collections.Concurrent;
using System.Diagnostics;
using Bot.Hosting;
using Bot.Operations;
using Bot.Storage;
using LiteDB;

namespace Benchmarks;

/// <summary>How long the updates under way stalled while one backup ran, and how long it took.</summary>
public sealed record BackupWindow(string Method, double Seconds, double LongestUpdateMs, double P99UpdateMs, int Updates, double LongestGapMs);

public sealed record BackupStallResult(int Members, double DatabaseMb, double Rate, BackupWindow Quiet, BackupWindow Documents, BackupWindow Frozen);

/// <summary>
/// A backup of a file with M members (as the scale part seeds it) while updates go on at a steady
/// rate through the bot's own storage classes (the storage work of a turn, as in
/// <see cref="StorageFloor"/>: inbox row, session read, turn commit, sent mark). Each update's
/// latency is recorded; a backup's stall is the longest latency of an update under way while it
/// ran, against the longest in as long a window without a backup. Both methods run on the same
/// file: "documents", every collection copied in one read transaction into a new file (the method
/// before the frozen-file backup, kept here for the comparison), and "frozen file", the bot's
/// <see cref="BackupService"/>.
/// </summary>
public static class BackupStallBenchmark
{
    public static async Task<BackupStallResult> RunAsync(int members, double rate)
    {
        var folder = Directory.CreateTempSubdirectory("bench-backup-");
        try
        {
            var path = Path.Combine(folder.FullName, "bot.db");
            PipelineBenchmark.Progress($"seeding {members:N0} members");
            ScaleBenchmark.Seed(path, members);
            using var database = new Database(path, StoredEntities.Types);
            using var group = new GroupCommit(database);
            var inbox = new Inbox(database);
            var outbox = new Outbox(database);
            var entities = new EntityStore(database);
            var committer = new TurnCommitter(database, entities, inbox, outbox, group);
            var clock = Stopwatch.StartNew();
            var samples = new ConcurrentBag<(double Start, double Ms)>();
            using var stop = new CancellationTokenSource();

            var load = Task.Run(async () =>
            {
                var period = TimeSpan.FromSeconds(1 / rate);
                var next = clock.Elapsed;
                var running = new List<Task>();
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    next += period;
                    var wait = next - clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }

                    var n = i;
                    running.Add(Task.Run(async () =>
                    {
                        var start = clock.Elapsed.TotalMilliseconds;
                        await StorageFloor.OneUpdateAsync("b", n, inbox, outbox, entities, committer, group);
                        samples.Add((start, clock.Elapsed.TotalMilliseconds - start));
                    }));
                    running.RemoveAll(t => t.IsCompleted);
                }

                await Task.WhenAll(running);
            });

            await Task.Delay(TimeSpan.FromSeconds(3));
            PipelineBenchmark.Progress("backup by documents");
            var documents = await TimedAsync(clock, () => BackupByDocuments(database, Path.Combine(folder.FullName, "documents.db")));
            await Task.Delay(TimeSpan.FromSeconds(3));
            PipelineBenchmark.Progress("backup of the frozen file");
            var frozen = await TimedAsync(clock, () => new BackupService(database).Backup(Path.Combine(folder.FullName, "frozen.db")));
            // A window as long as the slower backup, without one, from a second after the last.
            var length = Math.Max(documents.End - documents.Start, frozen.End - frozen.Start);
            var quiet = (Start: frozen.End + 1000, End: frozen.End + 1000 + length);
            await Task.Delay(TimeSpan.FromMilliseconds(1500 + length));
            await stop.CancelAsync();
            await load;

            var all = samples.ToList();
            return new BackupStallResult(
                members,
                new FileInfo(path).Length / 1048576.0,
                rate,
                Window("none", quiet, all),
                Window("documents", documents, all),
                Window("frozen file", frozen, all));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The method replaced by the frozen-file backup: every collection read in one transaction, under the engine's lock.</summary>
    private static void BackupByDocuments(Database database, string target)
    {
        using var copy = new LiteDatabase(new ConnectionString { Filename = target, Connection = ConnectionType.Direct });
        copy.BeginTrans();
        database.InTransaction(() =>
        {
            foreach (var name in database.Lite.GetCollectionNames())
            {
                var into = copy.GetCollection(name);
                foreach (var document in database.Lite.GetCollection(name).FindAll())
                {
                    into.Insert(document);
                }
            }

            return true;
        });
        copy.Commit();
        copy.Checkpoint();
    }

    private static async Task<(double Start, double End)> TimedAsync(Stopwatch clock, Action backup)
    {
        var start = clock.Elapsed.TotalMilliseconds;
        await Task.Run(backup);
        return (start, clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>The updates under way at any moment of the window; the longest time in it without an update finishing.</summary>
    private static BackupWindow Window(string method, (double Start, double End) window, List<(double Start, double Ms)> samples)
    {
        var overlapping = samples.Where(s => s.Start <= window.End && s.Start + s.Ms >= window.Start).Select(s => s.Ms).Order().ToList();
        var finishes = samples.Select(s => s.Start + s.Ms).Where(f => f >= window.Start && f <= window.End).Order().Prepend(window.Start).Append(window.End).ToList();
        var gap = finishes.Zip(finishes.Skip(1), (a, b) => b - a).DefaultIfEmpty(0).Max();
        var p99 = overlapping.Count == 0 ? 0 : overlapping[Math.Clamp((int)Math.Ceiling(0.99 * overlapping.Count) - 1, 0, overlapping.Count - 1)];
        return new BackupWindow(method, (window.End - window.Start) / 1000, overlapping.DefaultIfEmpty(0).Max(), p99, overlapping.Count, gap);
    }
}
