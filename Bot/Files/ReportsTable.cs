using System.Globalization;
using Domain.Reports;

namespace Bot.Files;

/// <summary>
/// A row of the district table: its words (name, platform, link) and its figures, each figure a
/// number or null for a cell left empty; <paramref name="IsUnit"/> for a unit's (or the total's) line.
/// </summary>
public sealed record ReportsTableRow(string[] Texts, long?[] Figures, bool IsUnit)
{
    /// <summary>Every cell as text: the figures written plainly ("1250"), for a CSV.</summary>
    public string[] Values => [.. Texts, .. Figures.Select(f => f is { } v ? ReportsTable.Number(v) : string.Empty)];
}

/// <summary>
/// The district table shared by the XLSX, the CSV and the draft document: a line per unit with its
/// totals (or "Chưa báo cáo", never zeros), a line per page under it, and the district total. The
/// public-opinion items have a column per year, like the posts.
/// </summary>
public static class ReportsTable
{
    public const string NotReported = "Chưa báo cáo";

    /// <summary>The columns holding words; every column after them holds a figure.</summary>
    public const int TextColumns = 3;

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
            .. summary.Round.Years.Select(y => string.Create(CultureInfo.InvariantCulture, $"Nắm bắt dư luận {y}")),
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
                yield return new ReportsTableRow([unit.UnitName, NotReported, string.Empty], new long?[(2 * years) + 4], true);
                continue;
            }

            yield return new ReportsTableRow([$"{unit.UnitName} ({content.Pages.Count} trang)", string.Empty, string.Empty], Figures(totals, unit.OpinionItems, content.FalseContent, years), true);
            foreach (var page in content.Pages)
            {
                yield return new ReportsTableRow(["   " + page.Name, Platform(page.Platform), page.Url], Figures(PageFigures.Of(page, years), null, null, years), false);
            }
        }

        yield return new ReportsTableRow(
            [$"Tổng cộng ({summary.ReportedCount}/{summary.Units.Count} đơn vị báo cáo, {summary.PageCount} trang)", string.Empty, string.Empty],
            Figures(summary.Totals, summary.OpinionItems, summary.FalseContent, years),
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

    /// <summary>Followers, posts per year, admins, collaborators, opinion items per year (empty on a page's line), false content.</summary>
    private static long?[] Figures(PageFigures figures, IReadOnlyList<long>? opinions, long? falseContent, int years) =>
    [
        figures.Followers,
        .. figures.Posts.Select(p => (long?)p),
        figures.Admins,
        figures.Collaborators,
        .. Enumerable.Range(0, years).Select(y => opinions is null ? null : (long?)(y < opinions.Count ? opinions[y] : 0)),
        falseContent,
    ];
}
