using System.Globalization;
using Domain.Text;

namespace Domain.ContentReports;

/// <summary>How a report's parts read in a language.</summary>
public static class ReportFormat
{
    public static Msg StatusName(ReportStatus status) => status switch
    {
        ReportStatus.New => Texts.ReportStatusNew,
        ReportStatus.InProgress => Texts.ReportStatusInProgress,
        ReportStatus.NoAction => Texts.ReportStatusNoAction,
        ReportStatus.Forwarded => Texts.ReportStatusForwarded,
        _ => Texts.ReportStatusRebutted,
    };

    public static string PlatformName(ReportPlatform platform, Lang lang) => platform switch
    {
        ReportPlatform.Website => Texts.PlatformWebsite.Plain(lang),
        ReportPlatform.Other => Texts.PlatformOther.Plain(lang),
        _ => platform.ToString(),
    };

    /// <summary>"đường dẫn, 2 ảnh": what evidence a draft holds so far.</summary>
    public static string Evidence(bool link, int photos, Lang lang)
    {
        var parts = new List<string>();
        if (link)
        {
            parts.Add(Texts.ReportEvidenceLink.Plain(lang));
        }

        if (photos > 0)
        {
            parts.Add(Texts.ReportEvidencePhotos.For(lang, photos).ToPlain());
        }

        return parts.Count == 0 ? Texts.ReportNothing.Plain(lang) : string.Join(", ", parts);
    }

    /// <summary>A time as every other message writes it ("12g01 ngày 4/12/2026 …").</summary>
    public static string Date(DateTimeOffset at, TimeZoneInfo zone, Lang lang) => Events.MeetingFormat.When(at, zone, lang);

    public static string Excerpt(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1).TrimEnd(), "…");

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
