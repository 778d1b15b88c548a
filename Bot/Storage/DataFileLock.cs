using Bot.Workers;
namespace Bot.Storage;

/// <summary>
/// Keeps a second bot process away from the same database file. LiteDB's direct mode does not do
/// this on Linux, and two writers corrupt the file. .NET takes an exclusive advisory lock for
/// FileShare.None, which the kernel releases when the process dies, so a crash leaves no stale lock.
/// </summary>
public sealed class DataFileLock : IDisposable
{
    private readonly FileStream stream;

    private DataFileLock(FileStream stream) => this.stream = stream;

    public static DataFileLock Acquire(string databasePath)
    {
        var path = databasePath + ".lock";
        try
        {
            var stream = OwnerOnlyFile.Open(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var writer = new StreamWriter(stream, leaveOpen: true))
            {
                writer.Write(Environment.ProcessId);
            }

            return new DataFileLock(stream);
        }
        catch (IOException ex)
        {
            throw new StartupException(
                $"Tệp dữ liệu {databasePath} đang được một tiến trình bot khác sử dụng; hãy dừng tiến trình đó trước. " +
                $"The data file {databasePath} is in use by another bot process; stop it first.",
                ex);
        }
    }

    public void Dispose() => stream.Dispose();
}
