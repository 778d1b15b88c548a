using Bot.Storage;
using LiteDB;

namespace Bot.Operations;

public sealed record BackupResult(string Path, int Documents);

/// <summary>
/// A consistent copy of the database while the bot runs: every collection is read inside one
/// transaction (one snapshot) and written into a new file, which appears under its final name only
/// when complete. The copy holds personal data, so only its owner may read it.
/// </summary>
public sealed class BackupService(Database database)
{
    private readonly Lock gate = new();

    public BackupResult Backup(string target)
    {
        var path = System.IO.Path.GetFullPath(target);
        if (File.Exists(path))
        {
            throw new IOException($"Tệp {path} đã có; chọn tên khác. / {path} exists already; choose another name.");
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        File.Delete(partial);
        int documents;
        lock (gate)
        {
            using (var copy = new LiteDatabase(new ConnectionString { Filename = partial, Connection = ConnectionType.Direct }))
            {
                copy.BeginTrans();
                documents = database.InTransaction(() => CopyAll(database.Lite, copy));
                copy.Commit();
                copy.Checkpoint();
            }
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(partial, path);
        return new BackupResult(path, Verify(path));
    }

    /// <summary>Opens a database file read-only and counts its documents; throws if it is not a readable database.</summary>
    public static int Verify(string path)
    {
        using var check = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        return check.GetCollectionNames().Sum(name => check.GetCollection(name).Count());
    }

    private static int CopyAll(LiteDatabase source, LiteDatabase copy)
    {
        var documents = 0;
        foreach (var name in source.GetCollectionNames())
        {
            var into = copy.GetCollection(name);
            foreach (var document in source.GetCollection(name).FindAll())
            {
                into.Insert(document);
                documents++;
            }
        }

        return documents;
    }
}
