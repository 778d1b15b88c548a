using System.Globalization;
using System.Text;
using Bot.Delivery;
using Domain.Conversations;
using Domain.Text;
using Domain.Users;

namespace Bot.ConsoleChannel;

/// <summary>
/// Prints what the bot says as "bot → id: text", buttons as numbered choices, files saved beside
/// the database. Messages to every console user are printed, broadcasts included. As on Zalo, a
/// message that arrives unasked numbers its choices after those of the reply being answered.
/// </summary>
public sealed class ConsoleSender(ChoiceNumbers numbers, ConsoleOutput output) : IChannelSender
{
    private long lastMessageId;

    public const string ChannelName = "console";

    public string Channel => ChannelName;

    public PacingLimits Limits => PacingLimits.None;

    /// <summary>The console prints a message whole: it has no parts.</summary>
    public Task<SendResult> SendFromPartAsync(UserKey recipient, Outbound message, bool bulk, int firstPart, CancellationToken cancellationToken) =>
        SendAsync(recipient, message, bulk, cancellationToken);

    public Task<SendResult> SendAsync(UserKey recipient, Outbound message, bool bulk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var messageId = Interlocked.Increment(ref lastMessageId);
        var line = new StringBuilder($"bot → {recipient.Id}: ");
        switch (message)
        {
            case TextOut text:
                line.Append(text.Text.ToPlain());
                var shown = Choice.From(text);
                var first = numbers.Place(recipient, text);
                if (shown.Count > 0)
                {
                    AppendRows(line, text, shown, first);
                }

                if (text.Keyboard?.ContactLabel is not null)
                {
                    line.Append('\n').Append(Texts.ConsoleContactHint.Plain(Lang.Vi));
                }

                break;
            case VenueOut venue:
                line.Append(CultureInfo.InvariantCulture, $"📍 {venue.Title} – {venue.Address} ({venue.Latitude}, {venue.Longitude})");
                break;
            case DocumentOut document:
                line.Append(CultureInfo.InvariantCulture, $"📎 {document.FileName} ({FileSize.Format(document.Content.Length, Lang.Vi)}) → {output.SaveFile(document.FileName, document.Content)}");
                AppendCaption(line, document.Caption);
                break;
            case PhotoOut photo:
                line.Append(CultureInfo.InvariantCulture, $"🖼 {photo.FileName} → {output.SaveFile(photo.FileName, photo.Content)}");
                AppendCaption(line, photo.Caption);
                break;
            case MediaOut media:
                line.Append(CultureInfo.InvariantCulture, $"{(media.Kind == MediaKind.Photo ? "🖼" : "📎")} {media.FileName ?? media.FileId}");
                break;
            case ButtonAck:
                // The console has no spinner to stop.
                return Task.FromResult(SendResult.Sent);
            default:
                return Task.FromResult<SendResult>(new Rejected($"cannot show {message.GetType().Name}"));
        }

        output.WriteLine(line.ToString());
        return Task.FromResult<SendResult>(new Delivered(messageId));
    }

    /// <summary>A terminal cannot change what it printed: the new text is printed as an edit of message N.</summary>
    public Task<bool> EditTextAsync(UserKey recipient, long messageId, Html text, CancellationToken cancellationToken)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bot → {recipient.Id} (sửa tin #{messageId}): {text.ToPlain()}"));
        return Task.FromResult(true);
    }

    /// <summary>
    /// Numbered choices from <paramref name="first"/>, one line per row of buttons as the phone
    /// would show them; without numbers (null) they are named, with how to choose them.
    /// </summary>
    private static void AppendRows(StringBuilder line, TextOut text, IReadOnlyList<Choice> choices, int? first)
    {
        var rowSizes = text.Buttons.Count > 0 ? text.Buttons.Select(r => r.Count) : choices.Select(_ => 1);
        var number = 0;
        foreach (var size in rowSizes)
        {
            line.Append('\n').AppendJoin("  ", choices.Skip(number).Take(size).Select((c, i) => first is { } start ? $"[{start + number + i}] {c.Label}" : $"[{c.Label}]"));
            number += size;
        }

        if (first is null)
        {
            line.Append('\n').Append(Texts.ChoicesWithoutNumbers.Plain(Lang.Vi));
        }
    }

    private static void AppendCaption(StringBuilder line, Html? caption)
    {
        if (caption is { } text)
        {
            line.Append('\n').Append(text.ToPlain());
        }
    }
}
