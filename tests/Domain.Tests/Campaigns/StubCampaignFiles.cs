using System.Text;
using Domain.Campaigns;

namespace Domain.Tests.Campaigns;

/// <summary>Stands in for the shell's campaign files (tested in Bot.Tests): records what it was asked to render.</summary>
public sealed class StubCampaignFiles : ICampaignFiles
{
    public List<IReadOnlyList<CampaignAnswerRow>> Exported { get; } = [];

    public List<CampaignChart> Charts { get; } = [];

    public byte[] AnswersCsv(Campaign campaign, IReadOnlyList<CampaignAnswerRow> rows)
    {
        Exported.Add(rows);
        return Encoding.UTF8.GetBytes($"csv:{campaign.Id}:{rows.Count}");
    }

    public byte[] AnswersXlsx(Campaign campaign, IReadOnlyList<CampaignAnswerRow> rows) => Encoding.UTF8.GetBytes($"xlsx:{campaign.Id}:{rows.Count}");

    public List<MonthlySummary> Summaries { get; } = [];

    public byte[] SummaryXlsx(MonthlySummary summary, string title, string note)
    {
        Summaries.Add(summary);
        return Encoding.UTF8.GetBytes($"xlsx:{summary.Key}:{summary.Members.Count}");
    }

    public byte[] SummaryCsv(MonthlySummary summary) => Encoding.UTF8.GetBytes($"csv:{summary.Key}:{summary.Members.Count}");

    public byte[] SummaryChart(CampaignChart chart)
    {
        Charts.Add(chart);
        return [0x89, 0x50, 0x4E, 0x47];
    }
}
