using Domain.Conversations;
using Domain.Events;
using Domain.Reports;

namespace Bot.Files;

/// <summary>The files of a reporting round; each format has its own writer beside this class.</summary>
public sealed class ReportFiles : IReportFiles
{
    public byte[] SummaryXlsx(ReportSummary summary, Meeting meeting) => ReportsWorkbook.Write(summary, meeting);

    public byte[] SummaryCsv(ReportSummary summary) => ReportsCsv.Write(summary);

    public byte[] Chart(ReportSummary summary, string title) => ReportsChartImage.Render(summary, title);

    public byte[] DraftDocx(ReportSummary summary, Meeting meeting, Organization organization, IReadOnlyList<NominationRow> nominations, DateOnly madeOn) =>
        ReportsDraftDocument.Write(summary, meeting, organization, nominations, madeOn);

    public byte[] NominationsXlsx(IReadOnlyList<NominationRow> rows, Meeting meeting) => ReportsWorkbook.Nominations(rows, meeting);
}
