namespace Bot.Tests.Support;

/// <summary>A fresh folder for one test's database, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bot-tests-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => System.IO.Path.Combine(Path, "bot.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process killed by a test may still be releasing the file; the OS cleans temp folders.
        }
    }
}
