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

    private readonly DataFileLock fileLock;
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
            Lite = new LiteDatabase(new SerializedEngine(new LiteEngine(new EngineSettings { Filename = Path })), disposeOnClose: true);
        }
        catch
        {
            fileLock.Dispose();
            throw;
        }

        RestrictToOwner(Path);
        entityCollections = entityTypes.ToDictionary(t => t, t => "e_" + t.Name.ToLowerInvariant());
        EnsureSchema();
    }

    public string Path { get; }

    /// <summary>LiteDB's write-ahead log beside the data file ("bot-log.db" for "bot.db").</summary>
    public string LogPath => System.IO.Path.Combine(
        System.IO.Path.GetDirectoryName(Path) ?? string.Empty,
        System.IO.Path.GetFileNameWithoutExtension(Path) + "-log" + System.IO.Path.GetExtension(Path));

    public LiteDatabase Lite { get; }

    public ILiteCollection<BsonDocument> Inbox => Lite.GetCollection(InboxName, BsonAutoId.Int64);

    public ILiteCollection<BsonDocument> Outbox => Lite.GetCollection(OutboxName, BsonAutoId.Int64);

    public ILiteCollection<BsonDocument> AuditLog => Lite.GetCollection(AuditName, BsonAutoId.Int64);

    public ILiteCollection<BsonDocument> Unreachable => Lite.GetCollection(UnreachableName);

    public ILiteCollection<BsonDocument> Marks => Lite.GetCollection(MarksName);

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

    public void Dispose()
    {
        Lite.Dispose();
        fileLock.Dispose();
        afterCommit.Dispose();
    }

    private static void RestrictToOwner(string path)
    {
        // The file holds names and phone numbers: only the bot's own user may read it.
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private void EnsureSchema()
    {
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
    }
}
