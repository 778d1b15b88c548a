namespace Domain.Campaigns;

/// <summary>For a core built without the shell's file writers (tools, diagrams): every file is empty.</summary>
public sealed class NoCampaignFiles : ICampaignFiles
{
    public static readonly NoCampaignFiles Instance = new();

    public byte[] AnswersCsv(Campaign campaign, IReadOnlyList<CampaignAnswerRow> rows) => [];

    public byte[] AnswersXlsx(Campaign campaign, IReadOnlyList<CampaignAnswerRow> rows) => [];

    public byte[] SummaryXlsx(MonthlySummary summary, string title, string note) => [];

    public byte[] SummaryCsv(MonthlySummary summary) => [];

    public byte[] SummaryChart(CampaignChart chart) => [];
}
