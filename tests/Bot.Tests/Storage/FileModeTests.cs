using System.Runtime.InteropServices;
using Bot.Hosting;
using Bot.Operations;
using Bot.Storage;
using Bot.Tests.Support;
using LiteDB;

namespace Bot.Tests.Storage;

/// <summary>The process-wide umask is changed here, so nothing else runs meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class UmaskCollection
{
    public const string Name = "umask";
}

/// <summary>
/// Every file that holds personal data or a key is created owner-only (600), whatever the umask:
/// the mode is given when the file is created, so no moment exists with a wider one.
/// </summary>
[Collection(UmaskCollection.Name)]
public sealed class FileModeTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private static readonly string[] PrivateFiles = ["bot.db", "bot-log.db", "bot.db.lock", "bot-tmp.db", "admin.key"];
    private readonly TempFolder folder = new();
    private readonly uint previousUmask = SetUmask(0);

    public void Dispose()
    {
        SetUmask(previousUmask);
        folder.Dispose();
    }

    [Fact]
    public void With_umask_000_the_database_its_log_lock_and_sort_files_and_the_admin_key_are_created_600()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        database.InTransaction(() => database.Marks.Upsert(new BsonDocument { ["_id"] = "x", ["n"] = 1 }));
        _ = new AdminKey(new DataFile(database.Path));

        var files = PrivateFiles.Select(f => Path.Combine(folder.Path, f)).ToList();
        Assert.All(files, f => Assert.True(File.Exists(f), f));
        Assert.All(files, f => Assert.Equal((f, OwnerOnly), (f, File.GetUnixFileMode(f))));
    }

    [Fact]
    public void With_umask_000_a_backup_and_its_partial_file_are_created_600()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        database.InTransaction(() => database.Marks.Upsert(new BsonDocument { ["_id"] = "x", ["n"] = 1 }));
        var target = Path.Combine(folder.Path, "backups", "b.db");
        var partialModes = new List<UnixFileMode>();

        new BackupService(database, copying: partial => partialModes.Add(File.GetUnixFileMode(partial))).Backup(target);

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(target));
        Assert.Equal([OwnerOnly], partialModes);
    }

    [Fact]
    public void A_key_file_left_with_a_wider_mode_is_replaced_by_one_created_600()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        var key = AdminKey.PathFor(database.Path);
        File.WriteAllText(key, "old");
        File.SetUnixFileMode(key, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        _ = new AdminKey(new DataFile(database.Path));

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(key));
        Assert.NotEqual("old", File.ReadAllText(key));
    }

    private static uint SetUmask(uint mask) => Umask(mask);

    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint Umask(uint mask);
}
