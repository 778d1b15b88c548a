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
        var decisions = new NominationDecisions(units);
        var command = new WardReportCommand(opening, new ReportProgress(units, notices), new ReportOutputs(units, files), decisions);
        var flow = new WardReportFlow(units);
        return builder
            .Command(command).OrganizerButtons(command)
            .Flow(flow).Buttons(flow)
            .Flow(opening).FlowButtons(opening)
            .Buttons(new ReporterNaming(units))
            .Signal(decisions)
            .Signal(new WardReportDesk(units))
            .Signal(new WardReportDesk.Acceptances(decisions))
            .Signal(new WardReportErasures())
            .Signal(new ReportReminders(notices));
    }
}
