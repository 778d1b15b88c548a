using System.Globalization;
using Domain.Campaigns;

namespace Bot.Files;

/// <summary>The files of campaigns: a campaign's answers as XLSX and CSV, and the monthly summary's tables and chart.</summary>
public sealed class CampaignFiles : ICampaignFiles
{
    public byte[] AnswersCsv(Campaign campaign, IReadOnlyList<CampaignAnswerRow> rows)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(rows);
        return SafeCsv.Write(CampaignColumns.Headers, rows.Select(CampaignColumns.Values));
    }

    public byte[] AnswersXlsx(Campaign campaign, IReadOnlyList<CampaignAnswerRow> rows) => CampaignWorkbook.Write(campaign, rows);

    public byte[] SummaryXlsx(MonthlySummary summary, string title, string note) => CampaignSummaryWorkbook.Write(summary, title, note);

    public byte[] SummaryCsv(MonthlySummary summary) => CampaignSummaryCsv.Write(summary);

    public byte[] SummaryChart(CampaignChart chart) => CampaignChartImage.Render(chart);
}

/// <summary>The columns of a campaign's export, shared by the CSV and the XLSX; values raw, each format neutralizes them.</summary>
public static class CampaignColumns
{
    public static readonly IReadOnlyList<string> Headers = ["Đơn vị", "Họ và tên", "Kết quả", "Liên kết minh chứng", "Ảnh minh chứng (mã tệp)", "Lý do", "Thời điểm"];

    /// <summary>Times in Vietnam's offset (+07:00): the clock the organizers read.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static string[] Values(CampaignAnswerRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.UnitName,
            row.FullName,
            row.Answer,
            string.Join("\n", row.Links),
            string.Join("\n", row.Photos),
            row.Reason ?? string.Empty,
            row.AnsweredAt is { } at ? at.ToOffset(Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : string.Empty,
        ];
    }
}
