using Bot.Storage;
using LiteDB;
using LiteDB.Engine;

namespace Bot.Tests.Storage;

/// <summary>Only one thread at a time runs LiteDB's engine: its page cache races between threads.</summary>
public sealed class SerializedEngineTests
{
    [Fact]
    public async Task Calls_and_query_reads_from_many_threads_never_overlap_inside_the_engine()
    {
        var inner = new OverlapProbe();
        using var engine = new SerializedEngine(inner);

        using var start = new Barrier(4);
        var workers = Enumerable.Range(0, 4).Select(i => Task.Factory.StartNew(
            () =>
        {
            start.SignalAndWait();
            for (var n = 0; n < 50; n++)
            {
                if (i % 2 == 0)
                {
                    engine.Insert("c", [new BsonDocument()], BsonAutoId.Int64);
                }
                else
                {
                    using var reader = engine.Query("c", new Query());
                    while (reader.Read())
                    {
                        _ = reader.Current;
                    }
                }
            }
        },
            TaskCreationOptions.LongRunning)).ToList();
        await Task.WhenAll(workers);

        Assert.True(inner.Calls > 500, $"only {inner.Calls} calls reached the engine");
        Assert.Equal(1, inner.MostAtOnce);
    }

    [Fact]
    public void A_real_engine_behind_it_stores_and_reads_back()
    {
        using var folder = new Support.TempFolder();
        using var lite = new LiteDatabase(new SerializedEngine(new LiteEngine(new EngineSettings { Filename = folder.DatabasePath })));
        var rows = lite.GetCollection("rows");

        lite.BeginTrans();
        rows.Insert(new BsonDocument { ["_id"] = 1, ["name"] = "Nguyễn Thị Hoa" });
        lite.Commit();

        Assert.Equal("Nguyễn Thị Hoa", rows.FindById(1)["name"].AsString);
        Assert.Single(rows.Find(Query.All()));
    }

    [Fact]
    public async Task A_write_from_another_thread_waits_for_an_open_transaction_instead_of_deadlocking_it()
    {
        using var folder = new Support.TempFolder();
        using var lite = new LiteDatabase(new SerializedEngine(new LiteEngine(new EngineSettings { Filename = folder.DatabasePath })));
        var rows = lite.GetCollection("rows");
        using var begun = new ManualResetEventSlim();

        var transaction = Task.Factory.StartNew(
            () =>
            {
                lite.BeginTrans();
                rows.Insert(new BsonDocument { ["_id"] = 1 });
                begun.Set();
                // The other thread's write arrives while this transaction holds the collection.
                Thread.Sleep(300);
                rows.Insert(new BsonDocument { ["_id"] = 2 });
                lite.Commit();
            },
            TaskCreationOptions.LongRunning);
        begun.Wait(TimeSpan.FromSeconds(10));
        var other = Task.Factory.StartNew(() => rows.Insert(new BsonDocument { ["_id"] = 3 }), TaskCreationOptions.LongRunning);

        // LiteDB would give up on its collection lock after a minute.
        var both = Task.WhenAll(transaction, other);
        Assert.Same(both, await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(20))));
        await both;
        Assert.Equal(3, rows.Count());
    }

    /// <summary>An engine that counts how many threads are inside it at once.</summary>
    private sealed class OverlapProbe : ILiteEngine
    {
        private int inside;
        private int most;
        private int calls;

        public int MostAtOnce => Volatile.Read(ref most);

        public int Calls => Volatile.Read(ref calls);

        public int Checkpoint() => Run(() => 0);

        public long Rebuild(RebuildOptions options) => Run(() => 0L);

        public bool BeginTrans() => Run(() => true);

        public bool Commit() => Run(() => true);

        public bool Rollback() => Run(() => true);

        public IBsonDataReader Query(string collection, Query query) => Run<IBsonDataReader>(() => new ProbeReader(this));

        public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Run(docs.Count);

        public int Update(string collection, IEnumerable<BsonDocument> docs) => Run(docs.Count);

        public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Run(() => 0);

        public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Run(docs.Count);

        public int Delete(string collection, IEnumerable<BsonValue> ids) => Run(ids.Count);

        public int DeleteMany(string collection, BsonExpression predicate) => Run(() => 0);

        public bool DropCollection(string name) => Run(() => true);

        public bool RenameCollection(string name, string newName) => Run(() => true);

        public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Run(() => true);

        public bool DropIndex(string collection, string name) => Run(() => true);

        public BsonValue Pragma(string name) => Run(() => BsonValue.Null);

        public bool Pragma(string name, BsonValue value) => Run(() => true);

        public void Dispose()
        {
        }

        public T Run<T>(Func<T> call)
        {
            Interlocked.Increment(ref calls);
            var now = Interlocked.Increment(ref inside);
            int seen;
            while (now > (seen = Volatile.Read(ref most)) && Interlocked.CompareExchange(ref most, now, seen) != seen)
            {
            }

            // Long enough for another thread to arrive if nothing keeps it out.
            Thread.SpinWait(20_000);
            try
            {
                return call();
            }
            finally
            {
                Interlocked.Decrement(ref inside);
            }
        }

        private sealed class ProbeReader(OverlapProbe probe) : IBsonDataReader
        {
            private int left = 3;

            public BsonValue this[string field] => probe.Run(() => BsonValue.Null);

            public string Collection => "c";

            public BsonValue Current => probe.Run(() => (BsonValue)new BsonDocument());

            public bool HasValues => true;

            public bool Read() => probe.Run(() => left-- > 0);

            public void Dispose() => probe.Run(() => 0);
        }
    }
}
