using Bot.Workers;

namespace Bot.Storage;

/// <summary>
/// The data file of a bot that may be stopped, for the operator's `backup` and `restore`. Opening
/// it takes the file lock (<see cref="DataFileLock"/>), so a running bot is noticed, never shared.
/// </summary>
/// <param name="path">The data file (Bot:DatabasePath).</param>
/// <param name="types">The stored record types, as the bot registers them.</param>
public sealed class StoppedStore(string path, IReadOnlyList<Type> types) : IStoppedStore
{
    public bool Exists => File.Exists(path);

    public BackupResult? TryBackup(string target)
    {
        Database database;
        try
        {
            database = new Database(path, types);
        }
        catch (StartupException)
        {
            return null;
        }

        using (database)
        {
            return new BackupService(database).Backup(target);
        }
    }

    public int Verify(string backup) => BackupService.Verify(backup);

    public void Restore(string backup, string asideSuffix)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using (DataFileLock.Acquire(path))
        {
            foreach (var file in new[] { path, DataFiles.LogPathOf(path) }.Where(File.Exists))
            {
                File.Move(file, file + asideSuffix);
            }

            File.Copy(backup, path);
        }

        using var reopened = new Database(path, types);
    }

}
