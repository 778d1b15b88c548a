using LiteDB;
using LiteDB.Engine;

namespace Bot.Storage;

/// <summary>
/// The one LiteDB file of the bot: opened once, owned exclusively, with every collection and
/// index created at start-up, one after another (LiteDB's first-use races otherwise).
/// </summary>
public sealed class Database : IDisposable
{
    public const string InboxName = "inbox";
    public const string OutboxName = "outbox";
    public const string AuditName = "audit";
    public const string UnreachableName = "unreachable";
    public const string MarksName = "marks";

    // LiteDB's automatic checkpoint: when the log holds this many pages (LiteDB's default).
    private const string CheckpointPragma = "CHECKPOINT";
    private const int LiteDefaultCheckpoint = 1000;

    private readonly DataFileLock fileLock;
    private readonly DataFiles files;
    private readonly SerializedEngine engine;
    private readonly Dictionary<Type, string> entityCollections;

    // What to do once the transaction running on this thread is committed (null: none running).
    private readonly ThreadLocal<List<Action>?> afterCommit = new();

    public Database(string path, IEnumerable<Type> entityTypes)
    {
        ArgumentNullException.ThrowIfNull(entityTypes);
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        fileLock = DataFileLock.Acquire(Path);
        try
        {
            files = new DataFiles(Path);
        }
        catch
        {
            fileLock.Dispose();
            throw;
        }

        LitePageCache.Tune();
        try
        {
            engine = new SerializedEngine(
                new LiteEngine(new EngineSettings { DataStream = files.Data, LogStream = files.Log, TempStream = files.Temp }),
                files.SyncLog);
            Lite = new LiteDatabase(engine, disposeOnClose: true);
        }
        catch
        {
            files.Dispose();
            fileLock.Dispose();
            throw;
        }

        entityCollections = entityTypes.ToDictionary(t => t, t => "e_" + t.Name.ToLowerInvariant());
        EnsureSchema();
    }

    public string Path { get; }

    /// <summary>LiteDB's write-ahead log beside the data file ("bot-log.db" for "bot.db").</summary>
    public string LogPath => DataFiles.LogPathOf(Path);

    /// <summary>The data, log and sort files; <see cref="DataFiles.LogSynced"/> tells when a commit reached the device.</summary>
    public DataFiles Files => files;

    public LiteDatabase Lite { get; }

    public ILiteCollection<BsonDocument> Inbox => Lite.GetCollection(InboxName, BsonAutoId.Int64);

    public ILiteCollection<BsonDocument> Outbox => Lite.GetCollection(OutboxName, BsonAutoId.Int64);

    public ILiteCollection<BsonDocument> AuditLog => Lite.GetCollection(AuditName, BsonAutoId.Int64);

    public ILiteCollection<BsonDocument> Unreachable => Lite.GetCollection(UnreachableName);

    public ILiteCollection<BsonDocument> Marks => Lite.GetCollection(MarksName);

    /// <summary>Whether records of <paramref name="type"/> are stored here.</summary>
    public bool Stores(Type type) => entityCollections.ContainsKey(type);

    public ILiteCollection<BsonDocument> Entities(Type type) =>
        entityCollections.TryGetValue(type, out var name)
            ? Lite.GetCollection(name)
            : throw new InvalidOperationException($"{type.Name} is not registered as a stored entity.");

    /// <summary>
    /// Runs <paramref name="work"/> in one LiteDB transaction on the calling thread. LiteDB ties a
    /// transaction to its thread, so the work must not await.
    /// </summary>
    public T InTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (afterCommit.Value is not null)
        {
            throw new InvalidOperationException("A transaction is already running on this thread.");
        }

        T result;
        List<Action> actions;
        Lite.BeginTrans();
        try
        {
            actions = afterCommit.Value = [];
            result = work();
            Lite.Commit();
        }
        catch
        {
            Lite.Rollback();
            throw;
        }
        finally
        {
            afterCommit.Value = null;
        }

        // After the try: what follows a commit must not be taken for a failed transaction.
        foreach (var action in actions)
        {
            action();
        }

        return result;
    }

    /// <summary>Whether this thread is inside <see cref="InTransaction{T}"/>.</summary>
    public bool InTransactionHere => afterCommit.Value is not null;

    /// <summary>
    /// Runs <paramref name="action"/> once the transaction on this thread is committed, never if it
    /// is rolled back; at once when none is running (LiteDB then commits each write by itself).
    /// </summary>
    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (afterCommit.Value is { } actions)
        {
            actions.Add(action);
        }
        else
        {
            action();
        }
    }

    /// <summary>
    /// Reads one small row: null while the file answers, else why not. Once LiteDB meets an
    /// internal inconsistency (its page cache has a known race between threads) or a disk error,
    /// it closes the engine and every later call fails with the same error.
    /// </summary>
    public string? Problem()
    {
        try
        {
            _ = Marks.FindById(OutboxName);
            return null;
        }
#pragma warning disable CA1031 // Whatever the type (a closed engine may fail on its disposed locks), the file does not answer.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ex.Message;
        }
    }

    /// <summary>
    /// Makes the data file a consistent, unchanging image of the database until the result is
    /// disposed: every commit is moved into it (a checkpoint), then LiteDB's automatic checkpoints
    /// are turned off, so it writes only to its log meanwhile. A backup copies the file then without
    /// holding up anyone: the turns wait only for the checkpoint.
    /// </summary>
    public IDisposable FreezeDataFile(TimeSpan patience)
    {
        if (!CheckpointOwner.Wait(patience))
        {
            throw new TimeoutException($"An erasure kept LiteDB's checkpoints for {patience.TotalSeconds:0} s.");
        }

        int pagesBetweenCheckpoints;
        try
        {
            pagesBetweenCheckpoints = engine.WhenQuiet(
                inner =>
                {
                    inner.Checkpoint();
                    var pages = inner.Pragma(CheckpointPragma).AsInt32;
                    inner.Pragma(CheckpointPragma, 0);
                    return pages;
                },
                patience);
        }
        catch
        {
            CheckpointOwner.Release();
            throw;
        }

        return new Thaw(() =>
        {
            try
            {
                Lite.Pragma(CheckpointPragma, pagesBetweenCheckpoints);
            }
            finally
            {
                CheckpointOwner.Release();
            }
        });
    }

    /// <summary>
    /// Held by whoever changes LiteDB's checkpoint threshold: a backup turns checkpoints off while it
    /// copies the data file, and an erasure's scrub forces one; a forced checkpoint in the middle of a
    /// copy would give a backup of two states.
    /// </summary>
    public SemaphoreSlim CheckpointOwner { get; } = new(1, 1);

    public void Dispose()
    {
        Lite.Dispose();
        files.Dispose();
        fileLock.Dispose();
        afterCommit.Dispose();
        CheckpointOwner.Dispose();
    }

    private void EnsureSchema()
    {
        if (Lite.Pragma(CheckpointPragma).AsInt32 == 0)
        {
            // Left by a backup the process did not live to finish (see FreezeDataFile): the log would grow for ever.
            Lite.Pragma(CheckpointPragma, LiteDefaultCheckpoint);
        }

        Inbox.EnsureIndex("ext", unique: true);
        Outbox.EnsureIndex("tag");
        // Files from before RecoveryMarks had these; each costs every row's change a write.
        Inbox.DropIndex("handled");
        Outbox.DropIndex("status");
        AuditLog.EnsureIndex("at");
        Unreachable.EnsureIndex("_id");
        Marks.EnsureIndex("_id");
        foreach (var type in entityCollections.Keys)
        {
            Entities(type).EnsureIndex("_id");
        }

        LegacyChoices.Move(this);
    }

    private sealed class Thaw(Action thaw) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                thaw();
            }
        }
    }
}
