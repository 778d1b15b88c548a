using LiteDB;
using LiteDB.Engine;

namespace Bot.Storage;

/// <summary>
/// LiteDB's engine with one thread inside it at a time. LiteDB 5's page cache has a race between
/// threads: a reader can pin a cached page at the moment another thread recycles it for a new
/// page, and the engine then fails an internal check ("share counter must be > 0 in Release()")
/// and closes for good (LiteDB issue 2817, unfixed in 5.0.21). The saturated benchmark met it about
/// once in fifteen runs. Each engine call, and each step of a query's reader, takes one lock; an
/// explicit transaction keeps it from BeginTrans to Commit or Rollback. Otherwise a thread holding
/// the lock could wait inside LiteDB for a collection that another thread's open transaction
/// holds, while that thread waits for the lock to go on (LiteDB gives up after a minute).
/// </summary>
public sealed class SerializedEngine(ILiteEngine inner) : ILiteEngine
{
    // A monitor, not System.Threading.Lock: a transaction enters it again for each of its calls.
    private readonly object gate = new();

    // Whether this thread's open transaction holds the lock (LiteDB ties a transaction to its thread).
    private readonly ThreadLocal<bool> holdsTransaction = new();

    public int Checkpoint() => Locked(() => inner.Checkpoint());

    public long Rebuild(RebuildOptions options) => Locked(() => inner.Rebuild(options));

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

    public bool Commit() => EndTransaction(inner.Commit);

    public bool Rollback() => EndTransaction(inner.Rollback);

    public IBsonDataReader Query(string collection, Query query) => Locked(() => new Reader(inner.Query(collection, query), gate));

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Locked(() => inner.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Locked(() => inner.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Locked(() => inner.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Locked(() => inner.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Locked(() => inner.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Locked(() => inner.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Locked(() => inner.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Locked(() => inner.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Locked(() => inner.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Locked(() => inner.DropIndex(collection, name));

    public BsonValue Pragma(string name) => Locked(() => inner.Pragma(name));

    public bool Pragma(string name, BsonValue value) => Locked(() => inner.Pragma(name, value));

    public void Dispose()
    {
        lock (gate)
        {
            inner.Dispose();
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
    private sealed class Reader(IBsonDataReader inner, object gate) : IBsonDataReader
    {
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
        }
    }
}
