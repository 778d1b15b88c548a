using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.ContentReports;

/// <summary>
/// One question after an organizer chose a report's new status: the note to the reporter, typed,
/// or none. Then the change goes to the report desk's queue, which checks it again and applies it.
/// A single step, kept in the session like every conversation, so a restart asks nothing twice.
/// </summary>
public sealed class ReportNoteFlow : IFlow
{
    public const string FlowName = "pqn";
    public const string Step = "Note";

    private const string ReportKey = "report";
    private const string StatusKey = "status";
    private const string NonceKey = "c";

    public string Name => FlowName;

    public void Begin(Turn turn, string reportId, ReportStatus status)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var nonce = ReportActions.NewNonce(turn);
        turn.Session = turn.Session.Enter(FlowName, Step)
            .Set(ReportKey, reportId)
            .Set(StatusKey, ReportStatuses.Code(status).ToString())
            .Set(NonceKey, nonce);
        Ask(turn);
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var nonce = turn.Session.Get(NonceKey);
        switch (turn.Input.Event)
        {
            case ButtonIn button when button.Data == $"{FlowName}:none:{nonce}":
                Apply(turn, null);
                break;
            case ButtonIn button when button.Data == $"{FlowName}:stop:{nonce}":
                Router.Cancel(turn);
                break;
            case ButtonIn:
                turn.Acknowledge(Texts.ButtonExpired);
                turn.Say(Texts.ButtonExpired);
                break;
            case TextIn text when ReportRules.ShortText(text.Text, ReportRules.MaxNote) is { } note:
                Apply(turn, note);
                break;
            case TextIn:
                turn.Say(Texts.ReportNoteTooLong);
                break;
            default:
                turn.Say(Texts.TextExpected);
                Ask(turn);
                break;
        }
    }

    private static void Ask(Turn turn)
    {
        var nonce = turn.Session.Get(NonceKey);
        var status = ReportStatuses.FromCode(turn.Session.Get(StatusKey)) ?? ReportStatus.InProgress;
        turn.Say(
            Texts.AskReportNote,
            [new Button(Texts.ReportNoNote.Plain(turn.Lang), $"{FlowName}:none:{nonce}"), new Button(Texts.Cancel.Plain(turn.Lang), $"{FlowName}:stop:{nonce}")],
            turn.Session.Get(ReportKey),
            ReportFormat.StatusName(status).Plain(turn.Lang));
    }

    private static void Apply(Turn turn, string? note)
    {
        var id = turn.Session.Get(ReportKey) ?? string.Empty;
        var status = ReportStatuses.FromCode(turn.Session.Get(StatusKey)) ?? ReportStatus.InProgress;
        turn.Session = turn.Session.Leave();
        turn.Signal(ReportDesk.Key, ReportDecisions.SignalName, ReportDecisions.Args(id, status, note));
    }
}
