namespace Domain.ContentReports;

/// <summary>One report in the organizers' export; texts are already in the organizer's language.</summary>
public sealed record ReportRow(
    string Reference,
    DateTimeOffset SubmittedAt,
    string Platform,
    string Link,
    int Photos,
    string Description,
    string Place,
    string Status,
    string Note,
    string Group,
    int Reports,
    string Reporter,
    DateTimeOffset? DecidedAt);

/// <summary>Renders the reports as files; the core decides what goes in them, the shell writes them.</summary>
public interface IContentReportFiles
{
    /// <summary>UTF-8 with BOM; cells starting with = + - @ neutralized.</summary>
    byte[] ReportsCsv(IReadOnlyList<ReportRow> rows, TimeSpan offset);

    /// <summary>An .xlsx workbook with one sheet, every value a text cell, formulas neutralized.</summary>
    byte[] ReportsXlsx(IReadOnlyList<ReportRow> rows, TimeSpan offset);
}

/// <summary>For a core built without the shell's file writers (tests of other features): an export there is a bug.</summary>
internal sealed class NoContentReportFiles : IContentReportFiles
{
    public static readonly NoContentReportFiles Instance = new();

    public byte[] ReportsCsv(IReadOnlyList<ReportRow> rows, TimeSpan offset) => throw new InvalidOperationException("No file writer was given for reports.");

    public byte[] ReportsXlsx(IReadOnlyList<ReportRow> rows, TimeSpan offset) => throw new InvalidOperationException("No file writer was given for reports.");
}
