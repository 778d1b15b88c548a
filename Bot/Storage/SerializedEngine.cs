using LiteDB;
using LiteDB.Engine;

namespace Bot.Storage;

/// <summary>
/// LiteDB's engine with one thread inside it at a time. LiteDB 5's page cache has a race between
/// threads: a reader can pin a cached page at the moment another thread recycles it for a new
/// page, and the engine then fails an internal check ("share counter must be > 0 in Release()")
/// and closes for good (LiteDB issue 2817, unfixed in 5.0.21); the saturated benchmark met it
/// (docs/benchmarks-history.md, 2026-11-27). Each engine call, and each step of a query's reader, takes one lock; an
/// explicit transaction keeps it from BeginTrans to Commit or Rollback. Otherwise a thread holding
/// the lock could wait inside LiteDB for a collection that another thread's open transaction
/// holds, while that thread waits for the lock to go on (LiteDB gives up after a minute).
/// After every commit (an explicit transaction's, or a single write's own) it calls
/// <paramref name="sync"/>, outside the lock, before returning: LiteDB does not put its log on the
/// device, and what a caller is told is stored must survive a power cut (see <see cref="DataFiles"/>).
/// </summary>
public sealed class SerializedEngine(ILiteEngine inner, Action? sync = null) : ILiteEngine
{
    private static readonly TimeSpan DisposeWait = TimeSpan.FromSeconds(10);

    // A monitor, not System.Threading.Lock: a transaction enters it again for each of its calls.
    private readonly object gate = new();

    // Whether this thread's open transaction holds the lock (LiteDB ties a transaction to its thread).
    private readonly ThreadLocal<bool> holdsTransaction = new();

    // Query readers not yet disposed: each keeps a LiteDB read transaction open between its reads.
    private int openReaders;

    public int Checkpoint() => Locked(() => inner.Checkpoint());

    public long Rebuild(RebuildOptions options) => Written(() => inner.Rebuild(options));

    public bool BeginTrans()
    {
        Monitor.Enter(gate);
        try
        {
            var begun = inner.BeginTrans();
            if (begun && !holdsTransaction.Value)
            {
                // Kept until Commit or Rollback: the entry above is not released below.
                holdsTransaction.Value = true;
                return true;
            }

            Monitor.Exit(gate);
            return begun;
        }
        catch
        {
            Monitor.Exit(gate);
            throw;
        }
    }

    public bool Commit()
    {
        var committed = EndTransaction(inner.Commit);
        sync?.Invoke();
        return committed;
    }

    public bool Rollback() => EndTransaction(inner.Rollback);

    public IBsonDataReader Query(string collection, Query query) => Locked(() =>
    {
        var reader = new Reader(inner.Query(collection, query), gate, () => Interlocked.Decrement(ref openReaders));
        Interlocked.Increment(ref openReaders);
        return reader;
    });

    /// <summary>
    /// Runs <paramref name="call"/> on the engine with the lock held and no LiteDB transaction open
    /// anywhere: no other thread is inside the engine or in an explicit transaction (both hold the
    /// lock), and no query reader is open. LiteDB's manual checkpoint waits for every transaction
    /// to end, and a reader that needs this lock for its next read would never end; so the lock is
    /// taken only at a moment without readers, tried again every millisecond up to <paramref name="patience"/>.
    /// </summary>
    public T WhenQuiet<T>(Func<ILiteEngine, T> call, TimeSpan patience)
    {
        ArgumentNullException.ThrowIfNull(call);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            lock (gate)
            {
                if (Volatile.Read(ref openReaders) == 0)
                {
                    var result = call(inner);
                    sync?.Invoke();
                    return result;
                }
            }

            if (waited.Elapsed > patience)
            {
                throw new TimeoutException($"A query stayed open for {patience.TotalSeconds:0} s.");
            }

            Thread.Sleep(1);
        }
    }

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Written(() => inner.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Written(() => inner.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Written(() => inner.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Written(() => inner.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Written(() => inner.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Written(() => inner.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Written(() => inner.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Written(() => inner.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Written(() => inner.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Written(() => inner.DropIndex(collection, name));

    public BsonValue Pragma(string name) => Locked(() => inner.Pragma(name));

    public bool Pragma(string name, BsonValue value) => Written(() => inner.Pragma(name, value));

    public void Dispose()
    {
        // An engine stuck inside a call never lets go of the lock: the process is stopping because
        // of it (StorageWatchdog), and must be able to end. Every commit is already on the device.
        if (!Monitor.TryEnter(gate, DisposeWait))
        {
            return;
        }

        try
        {
            inner.Dispose();
        }
        finally
        {
            Monitor.Exit(gate);
        }

        holdsTransaction.Dispose();
    }

    private static T Locked<T>(object gate, Func<T> call)
    {
        lock (gate)
        {
            return call();
        }
    }

    private T Locked<T>(Func<T> call) => Locked(gate, call);

    /// <summary>A write: outside an explicit transaction it is a commit of its own, so it is synced.</summary>
    private T Written<T>(Func<T> call)
    {
        var result = Locked(call);
        if (!holdsTransaction.Value)
        {
            sync?.Invoke();
        }

        return result;
    }

    private bool EndTransaction(Func<bool> end)
    {
        lock (gate)
        {
            try
            {
                return end();
            }
            finally
            {
                // LiteDB ends the transaction whatever happens (a failed commit rolls it back).
                if (holdsTransaction.Value)
                {
                    holdsTransaction.Value = false;
                    Monitor.Exit(gate);
                }
            }
        }
    }

    /// <summary>A query's results, read one at a time: each read runs the engine, so each takes the lock.</summary>
    private sealed class Reader(IBsonDataReader inner, object gate, Action closed) : IBsonDataReader
    {
        private int disposed;

        public BsonValue this[string field] => Locked(gate, () => inner[field]);

        public string Collection => inner.Collection;

        public BsonValue Current => Locked(gate, () => inner.Current);

        public bool HasValues => Locked(gate, () => inner.HasValues);

        public bool Read() => Locked(gate, inner.Read);

        public void Dispose()
        {
            lock (gate)
            {
                inner.Dispose();
            }

            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                closed();
            }
        }
    }
}
