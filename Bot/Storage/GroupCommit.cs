using System.Collections.Concurrent;

namespace Bot.Storage;

/// <summary>
/// Writes the work of many callers in one LiteDB transaction (a group commit). A LiteDB commit
/// costs far more than the few rows a turn writes (the collection locks, a copy of every page it
/// touches, a write to the log, checkpoints), so the turns, update batches and delivery outcomes
/// that are ready at the same moment share one. Nothing waits to fill a batch: a batch is what
/// arrived while the previous one was being written. A caller's task completes only after the
/// transaction holding its work committed, so nothing is confirmed, sent, or followed by the same
/// user's next turn before it is stored.
/// </summary>
public sealed class GroupCommit : IDisposable
{
    // Bounds one transaction's size (and memory) when a backlog has built up.
    private const int MaxBatch = 256;

    // Longer than any healthy transaction, even a large import.
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(30);

    private readonly Database database;
    private readonly BlockingCollection<Pending> waiting = new();
    private readonly Thread writer;
    private int started;
    private bool disposed;

    public GroupCommit(Database database)
    {
        this.database = database;
        // One thread does every grouped write: LiteDB ties a transaction to the thread that began it.
        writer = new Thread(Write) { IsBackground = true, Name = "group-commit" };
    }

    /// <summary>
    /// Runs <paramref name="work"/> inside a shared transaction on the writer thread; the task
    /// completes after that transaction committed. The work must only write to the database (it
    /// may run twice: again alone when another item of its batch failed).
    /// </summary>
    public Task<T> Run<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var pending = new Pending<T>(work);
        waiting.Add(pending);
        if (Interlocked.Exchange(ref started, 1) == 0)
        {
            writer.Start();
        }

        return pending.Task;
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        waiting.CompleteAdding();
        if (Interlocked.Exchange(ref started, 1) == 1 && !writer.Join(StopWait))
        {
            // Stuck inside a failed LiteDB engine (see StorageWatchdog): a background thread, it
            // must not keep the process, and so the restart, from happening.
            return;
        }

        waiting.Dispose();
    }

    private void Write()
    {
        var batch = new List<Pending>();
        foreach (var first in waiting.GetConsumingEnumerable())
        {
            batch.Add(first);
            while (batch.Count < MaxBatch && waiting.TryTake(out var next))
            {
                batch.Add(next);
            }

            Commit(batch);
            batch.Clear();
        }
    }

    private void Commit(List<Pending> batch)
    {
        try
        {
            database.InTransaction(() =>
            {
                foreach (var pending in batch)
                {
                    pending.Run();
                }

                return true;
            });
        }
#pragma warning disable CA1031 // A failure belongs to the caller whose work failed; the others are written again alone.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // The transaction was rolled back whole: each item gets its own, so one bad item
            // fails alone.
            if (batch.Count == 1)
            {
                batch[0].Fail(ex);
                return;
            }

            foreach (var pending in batch)
            {
                CommitAlone(pending);
            }

            return;
        }

        foreach (var pending in batch)
        {
            pending.Succeed();
        }
    }

    private void CommitAlone(Pending pending)
    {
        try
        {
            database.InTransaction(() =>
            {
                pending.Run();
                return true;
            });
        }
#pragma warning disable CA1031 // Handed to the caller.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            pending.Fail(ex);
            return;
        }

        pending.Succeed();
    }

    private abstract class Pending
    {
        public abstract void Run();

        public abstract void Succeed();

        public abstract void Fail(Exception error);
    }

    private sealed class Pending<T>(Func<T> work) : Pending
    {
        // Callers continue on the thread pool, never on the writer thread.
        private readonly TaskCompletionSource<T> done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T result = default!;

        public Task<T> Task => done.Task;

        public override void Run() => result = work();

        public override void Succeed() => done.TrySetResult(result);

        public override void Fail(Exception error) => done.TrySetException(error);
    }
}
