using System.Globalization;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Campaigns;

/// <summary>
/// The monthly summary as organizers get it: the units' and the best members' rates as text, the
/// chart, and the full tables (every unit, every member) as XLSX and CSV.
/// </summary>
public sealed class CampaignSummaryReport(UnitCatalog units, ICampaignFiles files)
{
    /// <summary>The text lists the first members; the files sent with it list them all.</summary>
    public const int MembersShown = 30;

    public const string FileStem = "tong-ket-chien-dich";

    public MonthlySummary Of(IReadModel store, int year, int month, TimeZoneInfo zone) => MonthlySummary.For(store, units, year, month, zone);

    public IReadOnlyList<Outbound> Messages(MonthlySummary summary, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var month = string.Create(CultureInfo.InvariantCulture, $"{summary.Month}/{summary.Year}");
        if (summary.Campaigns.Count == 0)
        {
            return [new TextOut(Texts.CampaignSummaryEmpty.For(lang, month))];
        }

        var total = summary.Units.Total;
        var lines = new List<Html>
        {
            Texts.CampaignSummaryHeading.For(lang, month, summary.Campaigns.Count),
        };
        lines.AddRange(summary.Campaigns.Select(c => Texts.CampaignSummaryCampaign.For(lang, c.Title, c.RecipientCount())));
        lines.Add(Texts.CampaignSummaryUnitsHeading.For(lang));
        lines.AddRange(summary.Units.Units.Select(u => Texts.CampaignSummaryUnit.For(lang, u.Name, u.RatePercent, u.Done, u.Recipients)));
        lines.Add(Texts.CampaignSummaryTotal.For(lang, total.RatePercent, total.Done, total.Recipients));
        lines.Add(Texts.CampaignSummaryMembersHeading.For(lang, Math.Min(MembersShown, summary.Members.Count), summary.Members.Count));
        lines.AddRange(summary.Members.Take(MembersShown).Select(m => Texts.CampaignSummaryMember.For(lang, m.Name, m.UnitName, m.Done, m.Received, m.RatePercent)));
        if (summary.CampaignsWithoutMembers > 0)
        {
            lines.Add(Texts.CampaignSummaryLeftOut.For(lang, summary.CampaignsWithoutMembers));
        }

        var chart = new CampaignChart(
            Texts.CampaignChartTitle.For(lang, month).ToPlain(),
            Texts.CampaignChartSummary.For(lang, summary.Campaigns.Count, total.RatePercent).ToPlain(),
            summary.Units.Units.Select(u => (u.Name, u.RatePercent)).ToList());
        return
        [
            new TextOut(Html.Join("\n", lines)),
            new PhotoOut(files.SummaryChart(chart), $"{FileStem}-{summary.Key}.png", Texts.CampaignChartTitle.For(lang, month)),
            new DocumentOut($"{FileStem}-{summary.Key}.xlsx", files.SummaryXlsx(summary, Texts.CampaignSummaryFileTitle.For(lang, month).ToPlain(), Note(summary, lang)), Texts.CampaignSummaryFilesCaption.For(lang, month)),
            new DocumentOut($"{FileStem}-{summary.Key}.csv", files.SummaryCsv(summary)),
        ];
    }

    private static string Note(MonthlySummary summary, Lang lang)
    {
        var note = Texts.CampaignSummaryFileNote.For(lang, summary.Campaigns.Count).ToPlain();
        return summary.CampaignsWithoutMembers > 0 ? note + " — " + Texts.CampaignSummaryLeftOut.For(lang, summary.CampaignsWithoutMembers).ToPlain() : note;
    }
}
