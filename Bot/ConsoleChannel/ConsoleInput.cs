using System.Globalization;
using Domain.Conversations;
using Domain.Users;

namespace Bot.ConsoleChannel;

/// <summary>What one typed line means on the console.</summary>
public abstract record ConsoleAction
{
    public sealed record Quit : ConsoleAction;

    public sealed record Empty : ConsoleAction;

    public sealed record SwitchUser(long Id, string Name) : ConsoleAction;

    public sealed record Send(Inbound Event) : ConsoleAction;
}

/// <summary>
/// Reads console lines: "/x" is a command, "!contact N"
/// shares a contact, "!as ID NAME" switches user, "!quit" leaves; anything else is plain text.
/// </summary>
public static class ConsoleInput
{
    public static ConsoleAction Parse(string line, UserKey user)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length == 0)
        {
            return new ConsoleAction.Empty();
        }

        if (text.Equals("!quit", StringComparison.OrdinalIgnoreCase))
        {
            return new ConsoleAction.Quit();
        }

        if (text.StartsWith("!contact", StringComparison.OrdinalIgnoreCase))
        {
            return new ConsoleAction.Send(new ContactIn(text["!contact".Length..].Trim(), user.Id));
        }

        // A terminal has no files to attach: "!photo name" and "!file name" stand for one.
        if (text.StartsWith("!photo ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("!file ", StringComparison.OrdinalIgnoreCase))
        {
            var photo = text.StartsWith("!photo ", StringComparison.OrdinalIgnoreCase);
            var name = text[(photo ? 7 : 6)..].Trim();
            return new ConsoleAction.Send(new MediaIn(photo ? MediaKind.Photo : MediaKind.Document, $"console-file:{name}", name, null));
        }

        if (text.StartsWith("!as ", StringComparison.OrdinalIgnoreCase))
        {
            var rest = text[4..].Trim();
            var space = rest.IndexOf(' ', StringComparison.Ordinal);
            var idText = space < 0 ? rest : rest[..space];
            if (long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return new ConsoleAction.SwitchUser(id, space < 0 ? idText : rest[(space + 1)..].Trim());
            }
        }

        // A number, or a choice's name typed out (as on Zalo), is read by the turn (TypedChoices).
        return new ConsoleAction.Send(CommandIn.TryParse(text) ?? (Inbound)new TextIn(text));
    }
}
