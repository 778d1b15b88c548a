using System.Diagnostics;
using Domain.Conversations;
using Bot.Workers;
using LiteDB;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>
/// Ends an erasure once the reply that confirms it has left: deletes the last rows addressed to
/// the person, then has LiteDB copy its log into the data file and empty the log (a checkpoint).
/// LiteDB zeroes a deleted document's bytes in the page's new version, but the versions before
/// stay in the log file, and in the data file until a checkpoint writes the new ones over them.
/// The checkpoint is asked for by lowering LiteDB's checkpoint threshold to one page for a moment,
/// so the engine runs it after a commit when no reader holds the file (it never waits for one,
/// which an explicit Checkpoint() would, inside the one-thread engine lock: see SerializedEngine).
/// A job waits too for the queues the erasure signalled (see <see cref="PersonalTrace.WaitFor"/>).
/// A job is kept in the file until done, so a restart finishes it.
/// </summary>
public sealed class ErasureFinisher(
    Database database,
    GroupCommit group,
    PersonalDataScrub scrub,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ExitStatus exit,
    ILogger<ErasureFinisher> logger) : CriticalService(lifetime, logger, exit)
{
    /// <summary>LiteDB's default: a checkpoint once the log holds this many pages.</summary>
    public const int NormalCheckpointPages = 1000;

    // Rows read in one step of the background pass, each step one short hold of the writer thread.
    private const int StepRows = 250;

    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan CheckpointPatience = TimeSpan.FromSeconds(30);

    /// <summary>How long the last erasure took from its job to an empty log, for the benchmark and the logs.</summary>
    public TimeSpan LastDuration { get; private set; }

    private int finishedCount;

    /// <summary>Erasures finished since the start.</summary>
    public int Finished => Volatile.Read(ref finishedCount);

    /// <summary>Erasures whose last step has not run yet.</summary>
    public int Waiting => Jobs.Count();

    private ILiteCollection<BsonDocument> Jobs => database.Lite.GetCollection(PersonalDataScrub.JobsName, BsonAutoId.Int64);

    /// <summary>Finishes every job whose person has no message left to send and whose queues are done; true when none is left.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var jobs = Jobs.FindAll().ToList();
        var finished = 0;
        foreach (var job in jobs)
        {
            var keys = job["keys"].AsArray.Select(k => k.AsString).ToList();
            var matcher = new TraceMatcher(keys, keys);
            if (RecoveryMarks.OpenRows(database, Database.OutboxName, Outbox.IsPending).Any(r => matcher.IsKey(r["to"])) || QueuesBusy(job))
            {
                continue;
            }

            var started = Stopwatch.GetTimestamp();
            await InStepsAsync(database.Outbox, row => matcher.IsKey(row["to"]) || matcher.Mentions(row), row =>
            {
                row["to"] = PersonalDataScrub.Nobody;
                row.Remove("json");
                row.Remove("file");
                database.Outbox.Update(row);
            });
            await InStepsAsync(database.Inbox, row => matcher.IsKey(row["user"]) || matcher.Mentions(row), row => database.Inbox.Update(PersonalDataScrub.BlankInboxRow(row)));
            await InStepsAsync(database.AuditLog, matcher.Mentions, row => database.AuditLog.Delete(row["_id"]));
            await group.Run(() => Jobs.Delete(job["_id"]));
            await ScrubFreedSpaceAsync(cancellationToken);
            LastDuration = Stopwatch.GetElapsedTime(started);
            Interlocked.Increment(ref finishedCount);
            logger.LogInformation("An erasure finished; the file's freed space was overwritten in {Ms} ms", (int)LastDuration.TotalMilliseconds);
            finished++;
        }

        return finished == jobs.Count;
    }

    /// <summary>
    /// Whether a queue the erasure signalled (the report desk, which rewrites the reports in its
    /// own turn) still has an event stored up to the erasure to handle: the final scan and the
    /// checkpoint wait for it, or the copies it replaces would stay in the file's freed space.
    /// </summary>
    private bool QueuesBusy(BsonDocument job)
    {
        if (!job["waitFor"].IsArray || job["waitFor"].AsArray.Count == 0)
        {
            return false;
        }

        var queues = job["waitFor"].AsArray.Where(q => q.IsString).Select(q => q.AsString).ToHashSet(StringComparer.Ordinal);
        var upTo = job["inboxUpTo"].IsNumber ? job["inboxUpTo"].AsInt64 : long.MaxValue;
        return RecoveryMarks.OpenRows(database, Database.InboxName, Inbox.IsUnhandled)
            .Any(r => r["_id"].AsInt64 <= upTo && r["user"].IsString && queues.Contains(r["user"].AsString));
    }

    /// <summary>
    /// Goes through a whole collection a step of rows at a time, each step in its own short group
    /// commit, so turns keep flowing between the steps instead of waiting for one long scan.
    /// </summary>
    private async Task InStepsAsync(ILiteCollection<BsonDocument> rows, Func<BsonDocument, bool> matches, Action<BsonDocument> scrub)
    {
        var last = RecoveryMarks.LastId(rows);
        for (long from = 0; from <= last; from += StepRows)
        {
            var low = from;
            await group.Run(() =>
            {
                foreach (var row in rows.Find(Query.And(Query.GTE("_id", low), Query.LT("_id", low + StepRows))).Where(matches).ToList())
                {
                    scrub(row);
                }

                return true;
            });
        }
    }

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        // A stop between lowering the threshold and raising it again must not leave every later commit checkpointing.
        RestoreThreshold();
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await RunOnceAsync(stoppingToken))
            {
                await Task.Delay(Poll, time, stoppingToken);
                continue;
            }

            await scrub.JobAdded.WaitAsync(stoppingToken);
        }
    }

    /// <summary>
    /// Has LiteDB checkpoint, and waits until its log is empty (no old page version left). Raising
    /// the threshold again writes the file's header page to the log: that page holds settings only.
    /// </summary>
    private async Task ScrubFreedSpaceAsync(CancellationToken cancellationToken)
    {
        await database.CheckpointOwner.WaitAsync(cancellationToken);
        var deadline = time.GetUtcNow() + CheckpointPatience;
        var emptied = false;
        try
        {
            // Setting the pragma is itself a commit, after which the engine tries the checkpoint.
            database.Lite.Pragma("CHECKPOINT", 1);
            while (!(emptied = LogLength() == 0) && time.GetUtcNow() < deadline)
            {
                // Another commit, for another try once the reader that stood in the way is done.
                await group.Run(() => database.Marks.FindById(Database.OutboxName) is not null);
                if (LogLength() > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken);
                }
            }
        }
        finally
        {
            RestoreThreshold();
            database.CheckpointOwner.Release();
        }

        if (!emptied)
        {
            logger.LogWarning("The log file was not emptied after an erasure; the next checkpoint will overwrite the freed space");
        }
    }

    private void RestoreThreshold()
    {
        if (database.Lite.Pragma("CHECKPOINT").AsInt32 != NormalCheckpointPages)
        {
            database.Lite.Pragma("CHECKPOINT", NormalCheckpointPages);
        }
    }

    private long LogLength()
    {
        var log = database.LogPath;
        return File.Exists(log) ? new FileInfo(log).Length : 0;
    }
}
