namespace Domain.Campaigns;

/// <summary>One member's line in a campaign's export; texts already in the organizer's language.</summary>
public sealed record CampaignAnswerRow(
    string UnitName,
    string FullName,
    string Answer,
    IReadOnlyList<string> Links,
    IReadOnlyList<string> Photos,
    string? Reason,
    DateTimeOffset? AnsweredAt);

/// <summary>The monthly summary's chart: one bar per unit, its completion rate in percent.</summary>
public sealed record CampaignChart(string Title, string Summary, IReadOnlyList<(string Unit, int RatePercent)> Bars);

/// <summary>
/// Renders a campaign's answers and the monthly chart as files. The core decides what goes in
/// them; the shell writes them with the libraries made for each format.
/// </summary>
public interface ICampaignFiles
{
    /// <summary>UTF-8 with BOM; cells starting with = + - @ neutralized.</summary>
    byte[] AnswersCsv(Campaign campaign, IReadOnlyList<CampaignAnswerRow> rows);

    /// <summary>An .xlsx workbook with one sheet, every value a text cell, formulas neutralized.</summary>
    byte[] AnswersXlsx(Campaign campaign, IReadOnlyList<CampaignAnswerRow> rows);

    /// <summary>
    /// The monthly summary's full tables as an .xlsx: a sheet per unit (with the total) and a sheet
    /// per member; <paramref name="title"/> and <paramref name="note"/> head each sheet.
    /// </summary>
    byte[] SummaryXlsx(MonthlySummary summary, string title, string note);

    /// <summary>The same two tables as one CSV, each row saying which table it belongs to.</summary>
    byte[] SummaryCsv(MonthlySummary summary);

    /// <summary>A PNG picture: the completion rate per unit.</summary>
    byte[] SummaryChart(CampaignChart chart);
}
