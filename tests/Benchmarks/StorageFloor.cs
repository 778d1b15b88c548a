using System.Diagnostics;
using Bot.Hosting;
using Bot.Storage;
using Domain.Conversations;
using Domain.Text;
using Domain.Users;

namespace Benchmarks;

/// <summary>What the storage alone costs per update (see <see cref="StorageFloor"/>).</summary>
public sealed record StorageFloorResult(
    int Updates,
    int Parallel,
    double Seconds,
    double UpdatesPerSecond,
    double CpuMsPerUpdate,
    double AllocatedKbPerUpdate,
    int Gen0,
    double GcPauseMs);

/// <summary>
/// The least durable storage work one update needs, through the bot's own storage classes and
/// nothing else (no HTTP, no fake, no state machine): store the received update in the inbox, read
/// the sender's session, commit the turn (the session, one or two outbox rows, the update marked
/// handled), and mark the messages sent; all through the group commit, with <c>parallel</c> updates at once.
/// Its CPU per update plus the echo run's (the transport's share) bounds what the whole pipeline can
/// reach on this machine's cores.
/// </summary>
public static class StorageFloor
{
    public static async Task<StorageFloorResult> RunAsync(int updates, int parallel)
    {
        var folder = Directory.CreateTempSubdirectory("bench-floor-");
        try
        {
            using var database = new Database(Path.Combine(folder.FullName, "bot.db"), StoredEntities.Types);
            using var group = new GroupCommit(database);
            var inbox = new Inbox(database);
            var outbox = new Outbox(database);
            var entities = new EntityStore(database);
            var committer = new TurnCommitter(database, entities, inbox, outbox, group);

            // Warm-up: the same work, not measured, so the numbers are not the JIT compiler's.
            await RunWorkersAsync(Math.Min(2000, updates / 5), parallel, "warm", inbox, outbox, entities, committer, group);

            using var self = Process.GetCurrentProcess();
            GC.Collect();
            var cpuBefore = self.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var gen0Before = GC.CollectionCount(0);
            var pauseBefore = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            await RunWorkersAsync(updates, parallel, "run", inbox, outbox, entities, committer, group);
            clock.Stop();
            self.Refresh();
            var cpu = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            return new StorageFloorResult(
                updates,
                parallel,
                clock.Elapsed.TotalSeconds,
                updates / clock.Elapsed.TotalSeconds,
                cpu / updates,
                (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / updates,
                GC.CollectionCount(0) - gen0Before,
                (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task RunWorkersAsync(int updates, int parallel, string prefix, Inbox inbox, Outbox outbox, EntityStore entities, TurnCommitter committer, GroupCommit group)
    {
        var next = -1;
        var workers = Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < updates)
            {
                await OneUpdateAsync(prefix, i, inbox, outbox, entities, committer, group);
            }
        }));
        await Task.WhenAll(workers);
    }

    internal static async Task OneUpdateAsync(string prefix, int i, Inbox inbox, Outbox outbox, EntityStore entities, TurnCommitter committer, GroupCommit group)
    {
        // Nine updates per person, as in the pipeline's registration and RSVP.
        var user = new UserKey("telegram", $"{prefix}{i / 9}");
        var now = DateTimeOffset.UtcNow;
        var envelope = new InboundEnvelope($"telegram:{prefix}-{i}", user, new TextIn("Nguyễn Văn An"), now, "Nguyễn Văn An", "vi");
        var batch = Inbox.Prepare([envelope]);
        var stored = (await inbox.AddAllAsync(batch, group))[0];

        var session = (entities.Find<Session>(user.ToString()) ?? Session.New(user, Lang.Vi)) with
        {
            Flow = "registration",
            State = "Phone",
            Draft = new Dictionary<string, string> { ["name"] = "Nguyễn Văn An", ["step"] = (i % 9).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        var changes = new ChangeSet();
        changes.Put(session);
        changes.Send(user, new TextOut(new Html("✓ Nguyễn Văn An\nSố điện thoại của bạn là gì? Gõ số, ví dụ 0903 123 456.")));
        if (i % 2 == 0)
        {
            // Every other update a second message: the pipeline stores about 1.45 per update (the
            // answers to button presses have no row).
            changes.Send(user, new TextOut(new Html("Bạn thuộc đơn vị nào?")).WithButtons([new Button("Phường 1", "reg:unit:p1")], [new Button("Phường 2", "reg:unit:p2")]));
        }

        var result = await committer.CommitAsync(stored.Seq, changes, now, envelope);

        await Task.WhenAll(result.Queued.Select(item => group.Run(() => outbox.CompleteInTransaction(item, OutboxStatus.Sent, DateTimeOffset.UtcNow, null, 1000 + i))));
    }
}
