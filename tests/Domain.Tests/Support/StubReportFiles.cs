using System.Text;
using Domain.ContentReports;

namespace Domain.Tests.Support;

/// <summary>Stands in for the shell's reports export (tested on its own in Bot.Tests): records the rows it was asked for.</summary>
public sealed class StubReportFiles : IContentReportFiles
{
    public List<IReadOnlyList<ReportRow>> Exported { get; } = [];

    public byte[] ReportsCsv(IReadOnlyList<ReportRow> rows, TimeSpan offset)
    {
        Exported.Add(rows);
        return Encoding.UTF8.GetBytes($"csv:{rows.Count}");
    }

    public byte[] ReportsXlsx(IReadOnlyList<ReportRow> rows, TimeSpan offset) => Encoding.UTF8.GetBytes($"xlsx:{rows.Count}");
}
