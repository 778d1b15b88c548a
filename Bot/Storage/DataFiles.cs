namespace Bot.Storage;

/// <summary>
/// The files LiteDB works on, opened by the bot rather than by LiteDB, for two reasons. They hold
/// personal data, so each is created owner-only (<see cref="OwnerOnlyFile"/>); LiteDB would create
/// them with the umask's mode. And LiteDB 5 writes a commit to its log file without syncing it (it
/// syncs only the data file, at a checkpoint): a commit survived a killed process but not a power
/// cut. <see cref="SyncLog"/> puts the log on the device, and the engine calls it after every
/// commit, before the commit is reported (see <see cref="SerializedEngine"/>).
/// </summary>
public sealed class DataFiles : IDisposable
{
    private readonly string logPath;
    private readonly string tempPath;
    private int disposed;

    public DataFiles(string databasePath)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        var folder = Path.GetDirectoryName(databasePath)!;
        var name = Path.GetFileNameWithoutExtension(databasePath);
        var extension = Path.GetExtension(databasePath);
        // LiteDB's own names, so that a log left by a version that let LiteDB open the files is replayed.
        logPath = Path.Combine(folder, $"{name}-log{extension}");
        tempPath = Path.Combine(folder, $"{name}-tmp{extension}");
        Data = new SyncedFileStream(databasePath);
        try
        {
            Log = new SyncedFileStream(logPath);
            // Sorting spills here: it holds personal data too.
            Temp = new SyncedFileStream(tempPath, FileMode.Create);
        }
        catch
        {
            Log?.Dispose();
            Data.Dispose();
            throw;
        }

        OwnerOnlyFile.SyncFolder(folder);
    }

    public SyncedFileStream Data { get; }

    public SyncedFileStream Log { get; }

    public SyncedFileStream Temp { get; }

    /// <summary>After each sync of the log file to the device (tests check what happened before and after).</summary>
    public event Action? LogSynced;

    public static string LogPathOf(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(databasePath)!, $"{Path.GetFileNameWithoutExtension(databasePath)}-log{Path.GetExtension(databasePath)}");

    /// <summary>fsync of the log file: every commit written so far survives a power cut.</summary>
    public void SyncLog()
    {
        Log.Flush();
        LogSynced?.Invoke();
    }

    /// <summary>Closes the files once LiteDB is closed; an empty log and the sort file are removed, as LiteDB did.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        var emptyLog = Log.Length == 0;
        Data.Dispose();
        Log.Dispose();
        Temp.Dispose();
        if (emptyLog)
        {
            File.Delete(logPath);
        }

        File.Delete(tempPath);
    }
}

/// <summary>
/// A file for LiteDB's engine whose <see cref="Flush"/> reaches the device (fsync): LiteDB calls it
/// at a checkpoint, and <see cref="DataFiles.SyncLog"/> after a commit. Unbuffered, so every write
/// is in the kernel when LiteDB's write returns, as with LiteDB's own files.
/// </summary>
public sealed class SyncedFileStream(string path, FileMode mode = FileMode.OpenOrCreate) : Stream
{
    private readonly FileStream file = OwnerOnlyFile.Open(path, mode, FileAccess.ReadWrite, FileShare.ReadWrite, FileOptions.RandomAccess, bufferSize: 0);

    public override bool CanRead => file.CanRead;

    public override bool CanSeek => file.CanSeek;

    public override bool CanWrite => file.CanWrite;

    public override long Length => file.Length;

    public override long Position
    {
        get => file.Position;
        set => file.Position = value;
    }

    public override void Flush() => file.Flush(flushToDisk: true);

    public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

    public override void SetLength(long value) => file.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count) => file.Write(buffer, offset, count);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
