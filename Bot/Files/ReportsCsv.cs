using Domain.Reports;

namespace Bot.Files;

/// <summary>The district table as a CSV, the same lines as the workbook; figures written plainly ("1250").</summary>
public static class ReportsCsv
{
    public static byte[] Write(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return SafeCsv.Write(ReportsTable.Headers(summary), ReportsTable.Rows(summary).Select(r => r.Values));
    }
}
