using Domain.Conversations;
using Domain.Members;

namespace Domain.Reports;

/// <summary>The handlers of the reports feature, registered together for <see cref="CoreHandlers"/>.</summary>
public static class ReportHandlers
{
    public static RouterBuilder Register(RouterBuilder builder, UnitCatalog units, IReportFiles files)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var notices = new ReportNotices(units);
        var opening = new RoundOpening(units, notices);
        var decisions = new NominationDecisions();
        var command = new ReportCommand(units, opening, new ReportProgress(units, notices), new ReportOutputs(units, files), decisions);
        var flow = new ReportFlow(units);
        // Each family's data is encoded and decoded in one record (ReportPress, ReportStart,
        // ReportAdminPress), so moving them to typed buttons is a change of these lines.
        return builder
            .Command(command).UntypedButtons(command)
            .Flow(flow).UntypedButtons(flow)
            .Flow(opening)
            .Signal(decisions)
            .Signal(new ReportReminders(notices));
    }
}
