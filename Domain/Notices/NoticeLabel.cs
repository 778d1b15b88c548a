using System.Globalization;
using Domain.Text;

namespace Domain.Notices;

/// <summary>
/// How an organizer recognises a notice: the first words of its text and when it was sent,
/// never its id (which only the button data and the audit carry).
/// </summary>
public static class NoticeLabel
{
    private const int MaxWords = 8;
    private const int MaxLength = 40;

    /// <summary>The notice's title, or its first words as plain text, "…" when more follows; the catalogue's templates escape it.</summary>
    public static string Opening(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!string.IsNullOrWhiteSpace(notice.Title))
        {
            return notice.Title;
        }

        var words = new Html(notice.Text).ToPlain().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "…";
        }

        var kept = new List<string>();
        var length = 0;
        foreach (var word in words.Take(MaxWords))
        {
            var size = new StringInfo(word).LengthInTextElements;
            if (kept.Count > 0 && length + 1 + size > MaxLength)
            {
                break;
            }

            kept.Add(word);
            length += (kept.Count > 1 ? 1 : 0) + size;
        }

        var opening = string.Join(' ', kept);
        var text = new StringInfo(opening);
        if (text.LengthInTextElements > MaxLength)
        {
            // One long first word (a link): cut between whole characters, an emoji is two UTF-16 units.
            return text.SubstringByTextElements(0, MaxLength) + "…";
        }

        return kept.Count < words.Length ? opening + "…" : opening;
    }

    /// <summary>When the notice was sent, on the organizers' clock: "08g30 ngày 4/12/2026".</summary>
    public static string SentAt(Notice notice, TimeZoneInfo zone, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(notice.CreatedAt, zone);
        return Texts.NoticeSentAt.For(
            lang,
            local.ToString("HH", CultureInfo.InvariantCulture),
            local.ToString("mm", CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{local.Day}/{local.Month}/{local.Year}")).ToPlain();
    }
}
