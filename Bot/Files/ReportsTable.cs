using System.Globalization;
using Domain.Reports;

namespace Bot.Files;

/// <summary>A row of the district table; <paramref name="IsUnit"/> for a unit's (or the total's) line.</summary>
public sealed record ReportsTableRow(string[] Values, bool IsUnit);

/// <summary>
/// The district table shared by the XLSX, the CSV and the draft document: a line per unit with its
/// totals (or "Chưa báo cáo", never zeros), a line per page under it, and the district total.
/// </summary>
public static class ReportsTable
{
    public const string NotReported = "Chưa báo cáo";

    public static IReadOnlyList<string> Headers(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return
        [
            "Đơn vị / Trang",
            "Nền tảng",
            "Đường dẫn",
            "Người theo dõi",
            .. summary.Round.Years.Select(y => string.Create(CultureInfo.InvariantCulture, $"Bài viết {y}")),
            "Quản trị viên",
            "Cộng tác viên",
            "Nắm bắt dư luận",
            "Tin sai sự thật đã xử lý",
        ];
    }

    public static IEnumerable<ReportsTableRow> Rows(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var years = summary.Round.Years.Count;
        foreach (var unit in summary.Units)
        {
            if (unit.Content is not { } content || unit.Totals is not { } totals)
            {
                yield return new ReportsTableRow([unit.UnitName, NotReported, .. Enumerable.Repeat(string.Empty, years + 6)], true);
                continue;
            }

            yield return new ReportsTableRow(Figures($"{unit.UnitName} ({content.Pages.Count} trang)", string.Empty, string.Empty, totals, unit.OpinionItems!.Sum(), content.FalseContent), true);
            foreach (var page in content.Pages)
            {
                yield return new ReportsTableRow(Figures("   " + page.Name, Platform(page.Platform), page.Url, PageFigures.Of(page, years), null, null), false);
            }
        }

        yield return new ReportsTableRow(
            Figures($"Tổng cộng ({summary.ReportedCount}/{summary.Units.Count} đơn vị báo cáo, {summary.PageCount} trang)", string.Empty, string.Empty, summary.Totals, summary.OpinionItems.Sum(), summary.FalseContent),
            true);
    }

    public static string Platform(PagePlatform platform) => platform switch
    {
        PagePlatform.Facebook => "Facebook",
        PagePlatform.ZaloOa => "Zalo OA",
        PagePlatform.Website => "Trang thông tin điện tử",
        PagePlatform.TikTok => "TikTok",
        PagePlatform.YouTube => "YouTube",
        _ => "Khác",
    };

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string[] Figures(string name, string platform, string url, PageFigures figures, long? opinions, long? falseContent) =>
    [
        name,
        platform,
        url,
        Number(figures.Followers),
        .. figures.Posts.Select(Number),
        Number(figures.Admins),
        Number(figures.Collaborators),
        opinions is { } o ? Number(o) : string.Empty,
        falseContent is { } f ? Number(f) : string.Empty,
    ];
}
