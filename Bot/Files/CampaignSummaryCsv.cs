using System.Globalization;
using Domain.Campaigns;

namespace Bot.Files;

/// <summary>
/// The monthly summary's two tables as one CSV: the first column names the table (per unit, per
/// member), so a filter in Excel shows either, and the file stays one header and one row shape.
/// </summary>
public static class CampaignSummaryCsv
{
    public const string TableHeader = "Bảng";

    public static IReadOnlyList<string> Headers => [TableHeader, .. CampaignSummaryColumns.MemberHeaders];

    public static byte[] Write(MonthlySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return SafeCsv.Write(Headers, Rows(summary));
    }

    private static IEnumerable<string[]> Rows(MonthlySummary summary)
    {
        foreach (var unit in summary.Units.Units)
        {
            yield return Row(CampaignSummaryColumns.UnitsSheet, unit.Name, string.Empty, CampaignSummaryColumns.Of(unit));
        }

        yield return Row(CampaignSummaryColumns.UnitsSheet, CampaignSummaryColumns.TotalName, string.Empty, CampaignSummaryColumns.Of(summary.Units.Total));
        foreach (var member in summary.MembersByUnit())
        {
            yield return Row(CampaignSummaryColumns.MembersSheet, member.UnitName, member.Name, CampaignSummaryColumns.Of(member));
        }
    }

    private static string[] Row(string table, string unit, string name, int[] figures) =>
        [table, unit, name, .. figures.Select(f => f.ToString(CultureInfo.InvariantCulture))];
}
