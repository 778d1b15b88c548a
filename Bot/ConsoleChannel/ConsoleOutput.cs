namespace Bot.ConsoleChannel;

/// <summary>Where the console channel writes: the terminal, and a folder for files the bot sends.</summary>
public sealed class ConsoleOutput(TextWriter writer, string filesFolder)
{
    private readonly Lock gate = new();

    public void WriteLine(string line)
    {
        lock (gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    public string SaveFile(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        Directory.CreateDirectory(filesFolder);
        var path = Path.Combine(filesFolder, Path.GetFileName(fileName));
        File.WriteAllBytes(path, content);
        return path;
    }
}
