using Domain.Conversations;
using Domain.Events;
using Domain.Reports;

namespace Domain.Tests.Reports;

/// <summary>Keeps what the core asked to render, so tests read the figures that would go into the files.</summary>
public sealed class StubWardReportFiles : IReportFiles
{
    public List<ReportSummary> Summaries { get; } = [];

    public List<IReadOnlyList<NominationRow>> NominationLists { get; } = [];

    public byte[] SummaryXlsx(ReportSummary summary, Meeting meeting)
    {
        Summaries.Add(summary);
        return [1];
    }

    public byte[] SummaryCsv(ReportSummary summary) => [2];

    public byte[] Chart(ReportSummary summary, string title) => [3];

    public byte[] DraftDocx(ReportSummary summary, Meeting meeting, Organization organization, IReadOnlyList<NominationRow> nominations, DateOnly madeOn)
    {
        NominationLists.Add(nominations);
        return [4];
    }

    public byte[] NominationsXlsx(IReadOnlyList<NominationRow> rows, Meeting meeting)
    {
        NominationLists.Add(rows);
        return [5];
    }
}
