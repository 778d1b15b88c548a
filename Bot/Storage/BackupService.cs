using LiteDB;

namespace Bot.Storage;

public sealed record BackupResult(string Path, int Documents);

/// <summary>
/// A consistent copy of the database while the bot runs, taken without holding up its turns. The
/// data file is frozen at a checkpoint (<see cref="Database.FreezeDataFile"/>): everything
/// committed until that moment is in it, and LiteDB writes only to its log until the copy is done,
/// so the file's bytes are one consistent state and are copied without any lock. The copy appears
/// under its final name only when complete and synced. It holds personal data, so it is created
/// owner-only, its partial file too. <paramref name="copying"/> is called with the partial file's
/// path once the data file is frozen, just before the copy (the tests write to the database there).
/// </summary>
public sealed class BackupService(Database database, Action<string>? copying = null) : IStoreBackup
{
    // How long the checkpoint may wait for a moment without an open query.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();

    public BackupResult Backup(string target)
    {
        var path = System.IO.Path.GetFullPath(target);
        if (File.Exists(path))
        {
            throw new IOException($"Tệp {path} đã có; chọn tên khác. / {path} exists already; choose another name.");
        }

        var folder = System.IO.Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var partial = path + ".partial";
        File.Delete(partial);
        lock (gate)
        {
            using var copy = OwnerOnlyFile.Open(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.SequentialScan, bufferSize: 0);
            using (database.FreezeDataFile(Patience))
            {
                copying?.Invoke(partial);
                using var source = new FileStream(database.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0, FileOptions.SequentialScan);
                source.CopyTo(copy, 1 << 20);
            }

            copy.Flush(flushToDisk: true);
        }

        File.Move(partial, path);
        OwnerOnlyFile.SyncFolder(folder);
        return new BackupResult(path, Verify(path));
    }

    /// <summary>Opens a database file read-only and counts its documents; throws if it is not a readable database.</summary>
    /// <exception cref="InvalidDataException">The file is not a database LiteDB can read.</exception>
    public static int Verify(string path)
    {
        try
        {
            using var check = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
            return check.GetCollectionNames().Sum(name => check.GetCollection(name).Count());
        }
        catch (LiteException ex)
        {
            // Only the store knows LiteDB: the rest of the bot sees a file it cannot read.
            throw new InvalidDataException(ex.Message, ex);
        }
    }
}
