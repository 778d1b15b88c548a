namespace Bot.Hosting;

/// <summary>
/// Where the bot keeps its data (Bot:DatabasePath, from the content root). The admin key, the
/// health report and the console's files go in the same folder, whatever store holds the records.
/// </summary>
public sealed record DataFile(string Path)
{
    public string Folder => System.IO.Path.GetDirectoryName(Path)!;
}
