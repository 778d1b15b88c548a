using System.Globalization;
using System.Text;
using Bot.Delivery;
using Domain.Conversations;
using Domain.Text;

namespace Bot.Zalo;

/// <summary>One call to make: a text (sendMessage) or a photo by its address (sendPhoto).</summary>
public sealed record ZaloPart(string Text, string? PhotoUrl = null);

/// <summary>
/// How an outbound message looks on Zalo, which shows plain text only: buttons and keyboard keys
/// become numbered choices (a contact key is left out: the question asks to type the number), a map pin becomes an address
/// with a map link, and files are named with a note that Zalo bots cannot send them.
/// </summary>
public static class ZaloRenderer
{
    public const int MaxTextLength = 2000;

    /// <summary>
    /// The calls, and the choices the chat sees afterwards: null leaves the previous ones (a map pin
    /// or a file between a question and its answer must not hide the question's choices).
    /// </summary>
    public static (IReadOnlyList<ZaloPart> Parts, IReadOnlyList<Choice>? Choices) Render(Outbound message, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message)
        {
            case TextOut text:
                var choices = Choice.From(text);
                return (Texts(Body(text, choices, lang)), choices);
            case VenueOut venue:
                var map = string.Create(CultureInfo.InvariantCulture, $"https://maps.google.com/?q={venue.Latitude},{venue.Longitude}");
                return (Texts(Domain.Text.Texts.MapLink.For(lang, venue.Title, venue.Address, map).ToPlain()), null);
            case DocumentOut document:
                return (Texts(WithCaption(Domain.Text.Texts.FileNotOnChannel.For(lang, document.FileName).ToPlain(), document.Caption)), null);
            case PhotoOut photo:
                // A picture the bot made (a chart) is named like any other file.
                return (Texts(WithCaption(Domain.Text.Texts.FileNotOnChannel.For(lang, photo.FileName).ToPlain(), photo.Caption)), null);
            case MediaOut { Kind: MediaKind.Photo } media when IsWebAddress(media.FileId):
                // A photo received on Zalo is a web address that Zalo can send on.
                return ([new ZaloPart(string.Empty, media.FileId)], null);
            case MediaOut { Kind: MediaKind.Photo }:
                return (Texts(Domain.Text.Texts.PhotoNotOnChannel.For(lang).ToPlain()), null);
            case MediaOut media:
                return (Texts(Domain.Text.Texts.FileNotOnChannel.For(lang, media.FileName ?? Domain.Text.Texts.UnnamedFile.Plain(lang)).ToPlain()), null);
            default:
                return ([], null);
        }
    }

    private static string Body(TextOut text, IReadOnlyList<Choice> choices, Lang lang)
    {
        var body = new StringBuilder(text.Text.ToPlain().Trim());
        if (choices.Count > 0)
        {
            body.Append('\n');
            for (var i = 0; i < choices.Count; i++)
            {
                body.Append('\n').Append(i + 1).Append(". ").Append(choices[i].Label);
            }

            body.Append("\n\n").Append(Hint(choices.Count, lang));
        }

        return body.ToString();
    }

    /// <summary>"Trả lời 1.", "Trả lời 1 hoặc 2.", "Trả lời 1, 2 hoặc 3.", or a range for long lists.</summary>
    public static string Hint(int count, Lang lang) => count switch
    {
        1 => Domain.Text.Texts.AnswerOne.For(lang, "1").ToPlain(),
        <= 5 => Domain.Text.Texts.AnswerEither.For(lang, string.Join(", ", Enumerable.Range(1, count - 1)), count.ToString(CultureInfo.InvariantCulture)).ToPlain(),
        _ => Domain.Text.Texts.AnswerRange.For(lang, count).ToPlain(),
    };

    private static string WithCaption(string text, Html? caption) =>
        caption is { } words ? $"{words.ToPlain().Trim()}\n\n{text}" : text;

    private static List<ZaloPart> Texts(string text) =>
        TextSplitter.Split(text, MaxTextLength).Where(p => p.Length > 0).Select(p => new ZaloPart(p)).ToList();

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
