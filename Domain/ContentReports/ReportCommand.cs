using Domain.Conversations;
using Domain.Members;

namespace Domain.ContentReports;

/// <summary>
/// /phananh: organizers get the queue (or a card, with a reference typed after it); a member gets
/// their own reports with a button for a new one, or goes straight to a new report when they have
/// none. Anyone else is told that reports are for approved members.
/// </summary>
public sealed class ReportCommand(ReportFlow flow, ReportQueue queue) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["phananh"];

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(command);
        if (turn.IsOrganizer())
        {
            if (command.Args.Length > 0)
            {
                queue.OpenByReference(turn, command.Args);
            }
            else
            {
                queue.Overview(turn);
            }
        }
        else if (ReportAccess.RequireReporter(turn))
        {
            if (command.Args.Length > 0)
            {
                MyReports.ShowOne(turn, command.Args);
            }
            else if (MyReports.Show(turn))
            {
                flow.AfterList(turn);
            }
            else
            {
                flow.Begin(turn);
            }
        }
    }
}

/// <summary>The handlers of the reports feature, wired together for <see cref="CoreHandlers"/>.</summary>
public static class ContentReportHandlers
{
    public static RouterBuilder Register(RouterBuilder builder, UnitCatalog units, IContentReportFiles files)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var flow = new ReportFlow();
        var notes = new ReportNoteFlow();
        var queue = new ReportQueue(units, new ReportExport(units, files), notes);
        return builder
            .Command(new ReportCommand(flow, queue))
            .Flow(flow).Buttons(flow)
            .Buttons(queue)
            .Flow(notes).FlowButtons(notes)
            .Signal(new ReportFiling(units))
            .Signal(new ReportDecisions());
    }
}
