using Domain.Members;

namespace Domain.Reports;

/// <summary>Figures that add up: followers, posts per year, administrators, collaborators.</summary>
public sealed record PageFigures(long Followers, IReadOnlyList<long> Posts, long Admins, long Collaborators)
{
    public static PageFigures Zero(int years) => new(0, new long[years], 0, 0);

    public static PageFigures Of(ReportPage page, int years) =>
        new(page.Followers, Enumerable.Range(0, years).Select(i => i < page.Posts.Count ? page.Posts[i] : 0).ToList(), page.Admins, page.Collaborators);

    public PageFigures Plus(PageFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Followers + other.Followers, Posts.Zip(other.Posts, (a, b) => a + b).ToList(), Admins + other.Admins, Collaborators + other.Collaborators);
    }
}

/// <summary>One unit in the district table: its pages and totals when it reported, nothing (never zeros) when it did not.</summary>
public sealed record UnitSummary(
    string UnitCode,
    string UnitName,
    ReportContent? Content,
    DateTimeOffset? SentAt,
    PageFigures? Totals,
    IReadOnlyList<long>? OpinionItems)
{
    public bool Reported => Content is not null;
}

/// <summary>
/// The district table of a round: one entry per required unit (and any other unit that sent one),
/// in the units file's order, and the district totals over the units that reported. A unit that did
/// not report adds nothing to the totals and is counted apart, so the table never shows it as zeros.
/// </summary>
public sealed record ReportSummary(
    ReportingRound Round,
    IReadOnlyList<UnitSummary> Units,
    PageFigures Totals,
    IReadOnlyList<long> OpinionItems,
    long FalseContent,
    int PageCount)
{
    public int ReportedCount => Units.Count(u => u.Reported);

    public IEnumerable<UnitSummary> Missing => Units.Where(u => !u.Reported);

    public static ReportSummary Build(ReportingRound round, IEnumerable<UnitReport> reports, UnitCatalog units)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(units);
        var years = round.Years.Count;
        var sent = reports.Where(r => r.RoundId == round.Id && r.IsSent)
            .GroupBy(r => r.UnitCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
        var order = units.All.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var codes = round.RequiredUnits.Concat(sent.Keys)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(c => order.GetValueOrDefault(c, int.MaxValue))
            .ThenBy(c => c, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var rows = new List<UnitSummary>();
        var totals = PageFigures.Zero(years);
        var opinions = new long[years];
        long falseContent = 0;
        var pages = 0;
        foreach (var code in codes)
        {
            if (!sent.TryGetValue(code, out var report) || report.Current is not { } version)
            {
                rows.Add(new UnitSummary(code, units.NameOf(code), null, null, null, null));
                continue;
            }

            var content = version.Content;
            var unitTotals = content.Pages.Aggregate(PageFigures.Zero(years), (sum, page) => sum.Plus(PageFigures.Of(page, years)));
            var unitOpinions = Enumerable.Range(0, years).Select(i => i < content.OpinionItems.Count ? content.OpinionItems[i] : 0).ToList();
            rows.Add(new UnitSummary(code, units.NameOf(code), content, version.ConfirmedAt, unitTotals, unitOpinions));
            totals = totals.Plus(unitTotals);
            for (var i = 0; i < years; i++)
            {
                opinions[i] += unitOpinions[i];
            }

            falseContent += content.FalseContent;
            pages += content.Pages.Count;
        }

        return new ReportSummary(round, rows, totals, opinions, falseContent, pages);
    }
}
