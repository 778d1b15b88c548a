using System.Diagnostics;
using Bot.Hosting;
using Bot.Storage;
using Bot.Workers;
using Domain.Conversations;
using LiteDB;

namespace Benchmarks;

/// <summary>What one erasure costs the writer thread on a file of a given size.</summary>
public sealed record ErasureResult(int Rows, double ScrubMs, double FinishMs, double LongestStepMs, long FileBytes);

/// <summary>
/// Fills a file with <c>rows</c> finished outbox rows, handled inbox rows and audit lines (as a
/// month of a 5,000-member team leaves them), a few of one person, then times the two steps of
/// erasing that person: the scan in the erasing turn's transaction (which holds the one writer
/// thread, so every other turn waits for it) and the checkpoint that overwrites freed pages.
/// </summary>
public static class ErasureBenchmark
{
    private sealed class NoLifetime : Microsoft.Extensions.Hosting.IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }

    public static ErasureResult Run(int rows)
    {
        var folder = Directory.CreateTempSubdirectory("bench-erasure-");
        try
        {
            var path = Path.Combine(folder.FullName, "bot.db");
            using var database = new Database(path, StoredEntities.Types);
            var now = DateTime.UtcNow;
            database.InTransaction(() =>
            {
                for (var i = 0; i < rows; i++)
                {
                    var who = i % 1000 == 0 ? "telegram:7355608123" : $"telegram:{100_000 + (i % 5000)}";
                    database.Outbox.Insert(new BsonDocument { ["to"] = who, ["prio"] = 1, ["status"] = 1, ["attempts"] = 1, ["created"] = now, ["done"] = now, ["tag"] = "tb1" });
                    database.Inbox.Insert(new BsonDocument { ["ext"] = $"tg:{i}", ["user"] = who, ["handled"] = true, ["at"] = now });
                    database.AuditLog.Insert(new BsonDocument { ["at"] = now, ["by"] = "telegram:9001", ["action"] = "member.approved", ["subject"] = who });
                }

                return true;
            });
            database.Lite.Checkpoint();
            var scrub = new PersonalDataScrub(database, new Reachability(database));
            var trace = new PersonalTrace(["telegram:7355608123"], ["Phạm Thị Riêng Tư", "+84987654321"]);
            using var group = new GroupCommit(database);
            // As the running bot keeps them (RecoveryMarker, every minute): the erasing turn only reads open rows.
            RecoveryMarks.MoveAsync(database, group, Database.OutboxName, Outbox.IsPending).GetAwaiter().GetResult();
            RecoveryMarks.MoveAsync(database, group, Database.InboxName, Inbox.IsUnhandled).GetAwaiter().GetResult();
            var clock = Stopwatch.StartNew();
            database.InTransaction(() => scrub.ScrubInTransaction(trace, DateTimeOffset.UtcNow));
            var scrubMs = clock.Elapsed.TotalMilliseconds;

            // The background pass, with a probe commit queued behind it every few milliseconds: the
            // longest a probe waited is the longest a turn would wait for the erasure.
            var finisher = new ErasureFinisher(database, group, scrub, TimeProvider.System, new NoLifetime(), new ExitStatus(), Microsoft.Extensions.Logging.Abstractions.NullLogger<ErasureFinisher>.Instance);
            var longest = 0.0;
            using var stop = new CancellationTokenSource();
            var probe = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var wait = Stopwatch.StartNew();
                    await group.Run(() => database.Marks.FindById(Database.OutboxName) is not null);
                    longest = Math.Max(longest, wait.Elapsed.TotalMilliseconds);
                    await Task.Delay(5);
                }
            });
            clock.Restart();
            finisher.RunOnceAsync().GetAwaiter().GetResult();
            var finishMs = clock.Elapsed.TotalMilliseconds;
            stop.Cancel();
            probe.GetAwaiter().GetResult();
            return new ErasureResult(rows, scrubMs, finishMs, longest, new FileInfo(path).Length);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
