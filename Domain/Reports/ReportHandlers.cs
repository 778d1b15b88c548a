using Domain.Members;

namespace Domain.Reports;

/// <summary>The handlers of the reports feature, wired together for <see cref="Conversations.CoreHandlers"/>.</summary>
public static class ReportHandlers
{
    public static IEnumerable<object> Create(UnitCatalog units, IReportFiles files)
    {
        var notices = new ReportNotices(units);
        var opening = new RoundOpening(units, notices);
        var decisions = new NominationDecisions();
        return
        [
            new ReportCommand(units, opening, new ReportProgress(units, notices), new ReportOutputs(units, files), decisions),
            new ReportFlow(units),
            opening,
            decisions,
            new ReportReminders(notices),
        ];
    }
}
