using Domain.Conversations;

namespace Bot.ConsoleChannel;

/// <summary>
/// "!file path/to/list.csv" on the console: when the path names a CSV or text file on this
/// machine, its content goes with the document (at most <see cref="Attachment.MaxBytes"/>), as a
/// CSV sent on Telegram does; any other name stays a stand-in for a file.
/// </summary>
public static class ConsoleFiles
{
    public static Inbound Attach(Inbound inbound)
    {
        if (inbound is not MediaIn { Kind: MediaKind.Document, FileName: { } path } media
            || !Attachment.IsTextTable(path, null)
            || !File.Exists(path))
        {
            return inbound;
        }

        var named = media with { FileName = Path.GetFileName(path) };
        try
        {
            using var file = File.OpenRead(path);
            if (file.Length > Attachment.MaxBytes)
            {
                return named with { Content = Attachment.TooLarge };
            }

            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            return named with { Content = Attachment.Of(bytes) };
        }
        catch (IOException)
        {
            return named with { Content = Attachment.Unavailable };
        }
        catch (UnauthorizedAccessException)
        {
            return named with { Content = Attachment.Unavailable };
        }
    }
}
