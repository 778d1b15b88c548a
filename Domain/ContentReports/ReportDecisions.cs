using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.ContentReports;

/// <summary>
/// Applies an organizer's status change in the report desk's queue. The organizer's role is checked
/// again here (it may have changed since the press); the audit line names the organizer, the
/// report number and the new status, never the content; every reporter of the group is told.
/// </summary>
public sealed class ReportDecisions : ISignalHandler
{
    public const string SignalName = "report.status";

    public string Name => SignalName;

    /// <summary>The signal's arguments: the report, the new status, the note (which may hold '|').</summary>
    public static string Args(string reportId, ReportStatus status, string? note) =>
        $"{reportId}|{ReportStatuses.Code(status)}|{note}";

    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        if (turn.From != ReportDesk.Key
            || Access.RoleOf(turn.Store, turn.Settings, signal.By) != Role.Organizer
            || signal.Args.Split('|', 3) is not [var id, var code, var noteText]
            || ReportStatuses.FromCode(code) is not { } status)
        {
            return;
        }

        var note = ReportRules.ShortText(noteText, ReportRules.MaxNote);
        var decision = ReportDesk.Decide(turn.Store, id, status, note, turn.Now);
        var organizerLang = MemberTexts.LangOf(turn.Store, signal.By, turn.Settings.DefaultLanguage);
        switch (decision.Outcome)
        {
            case DecisionOutcome.NotFound:
                MemberTexts.Tell(turn, signal.By, Texts.ReportNotFound, id);
                return;
            case DecisionOutcome.Closed:
                MemberTexts.Tell(turn, signal.By, Texts.ReportAlreadyClosed, decision.Group!.Id, ReportFormat.StatusName(decision.Group.Status).Plain(organizerLang));
                return;
            case DecisionOutcome.Unchanged:
                MemberTexts.Tell(turn, signal.By, Texts.ReportStatusUnchanged, decision.Group!.Id, ReportFormat.StatusName(decision.Group.Status).Plain(organizerLang));
                return;
        }

        var told = 0;
        foreach (var report in decision.Changed)
        {
            turn.Changes.Put(report);
            turn.Changes.Record(new AuditEntry(turn.Now, signal.By, "report.status", report.Id, status.ToString()));
            // An erased reporter's id is gone ("erased" is no key): nobody left to tell.
            if (UserKey.TryParse(report.ReporterId, out var reporter))
            {
                var lang = MemberTexts.LangOf(turn.Store, reporter, turn.Settings.DefaultLanguage);
                var name = ReportFormat.StatusName(status).Plain(lang);
                MemberTexts.Tell(turn, reporter, note is null ? Texts.ReportStatusToReporter : Texts.ReportStatusToReporterWithNote, report.Id, name, note);
                told++;
            }
        }

        MemberTexts.Tell(turn, signal.By, Texts.ReportStatusDone, decision.Group!.Id, ReportFormat.StatusName(status).Plain(organizerLang), told);
    }
}
