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
    /// <paramref name="firstNumber"/> is the number of the first choice (see <see cref="ShownChoices.Place"/>);
    /// null lists them without numbers.
    /// </summary>
    public static (IReadOnlyList<ZaloPart> Parts, IReadOnlyList<Choice>? Choices) Render(Outbound message, Lang lang, int? firstNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message)
        {
            case TextOut text:
                var choices = Choice.From(text);
                return (Texts(Body(text, choices, firstNumber, lang)), choices);
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

    private static string Body(TextOut text, IReadOnlyList<Choice> choices, int? firstNumber, Lang lang)
    {
        var body = new StringBuilder(text.Text.ToPlain().Trim());
        if (choices.Count > 0)
        {
            body.Append('\n');
            for (var i = 0; i < choices.Count; i++)
            {
                body.Append('\n');
                if (firstNumber is { } first)
                {
                    body.Append(first + i).Append(". ");
                }
                else
                {
                    body.Append("• ");
                }

                body.Append(choices[i].Label);
            }

            body.Append("\n\n").Append(firstNumber is { } start
                ? Hint(start, choices.Count, lang)
                : Domain.Text.Texts.ChoicesWithoutNumbers.Plain(lang));
        }

        return body.ToString();
    }

    /// <summary>"Gõ 1 để chọn.", "Gõ 1 hoặc 2.", "Gõ 1, 2 hoặc 3.", or a range for long lists.</summary>
    public static string Hint(int count, Lang lang) => Hint(1, count, lang);

    /// <summary>The same for choices numbered from <paramref name="first"/> (after another message's).</summary>
    public static string Hint(int first, int count, Lang lang)
    {
        var last = first + count - 1;
        return count switch
        {
            1 => Domain.Text.Texts.AnswerOne.For(lang, Number(first)).ToPlain(),
            <= 5 => Domain.Text.Texts.AnswerEither.For(lang, string.Join(", ", Enumerable.Range(first, count - 1)), Number(last)).ToPlain(),
            _ when first == 1 => Domain.Text.Texts.AnswerRange.For(lang, count).ToPlain(),
            _ => Domain.Text.Texts.AnswerBetween.For(lang, Number(first), Number(last)).ToPlain(),
        };
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string WithCaption(string text, Html? caption) =>
        caption is { } words ? $"{words.ToPlain().Trim()}\n\n{text}" : text;

    private static List<ZaloPart> Texts(string text) =>
        TextSplitter.Split(text, MaxTextLength).Where(p => p.Length > 0).Select(p => new ZaloPart(p)).ToList();

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
