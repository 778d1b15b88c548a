using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.ContentReports;

/// <summary>
/// One question after an organizer chose a report's new status: the note to the reporter, typed,
/// or none. Then the change goes to the report desk's queue, which checks it again and applies it.
/// A single step, kept in the session like every conversation, so a restart asks nothing twice.
/// </summary>
public sealed class ReportNoteFlow : IFlow, IButtonHandler<ReportNoteButton>
{
    public const string FlowName = ReportNoteButton.Prefix;

    private const string ReportKey = "report";
    private const string StatusKey = "status";
    private const string NonceKey = "c";

    public string Name => FlowName;

    public void Begin(Turn turn, string reportId, ReportStatus status)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var nonce = ReportActions.NewNonce(turn);
        turn.Session = turn.Session.Enter(FlowName, ReportNoteStep.Note)
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

        switch (turn.Input.Event)
        {
            case TextIn text when ReportRules.ShortText(text.Text, ReportRules.MaxNote) is { } note:
                Apply(turn, note);
                break;
            case TextIn:
                // The question again with its buttons, so that their numbers hold again on Zalo and the console.
                turn.Say(Texts.ReportNoteTooLong);
                Ask(turn);
                break;
            default:
                turn.Say(Texts.TextExpected);
                Ask(turn);
                break;
        }
    }

    public void Handle(Turn turn, ReportNoteButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Leave();
        }
        else if (button.Nonce != turn.Session.Get(NonceKey))
        {
            ButtonRoute.Expired(turn);
        }
        else if (button is ReportNoteButton.NoNote)
        {
            Apply(turn, null);
        }
        else
        {
            Router.Cancel(turn);
        }
    }

    private static void Ask(Turn turn)
    {
        var nonce = turn.Session.Get(NonceKey) ?? string.Empty;
        var status = ReportStatuses.FromCode(turn.Session.Get(StatusKey)) ?? ReportStatus.InProgress;
        turn.Say(
            Texts.AskReportNote,
            [new Button(Texts.ReportNoNote.Plain(turn.Lang), new ReportNoteButton.NoNote(nonce).Encode()), new Button(Texts.Cancel.Plain(turn.Lang), new ReportNoteButton.Dismiss(nonce).Encode())],
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

/// <summary>The one step of <see cref="ReportNoteFlow"/>.</summary>
public enum ReportNoteStep
{
    Note,
}

/// <summary>The buttons of the note question (prefix "pqn"), with the question's nonce.</summary>
public abstract record ReportNoteButton(string Nonce) : IButton<ReportNoteButton>
{
    public const string Prefix = "pqn";

    public static string Flow => Prefix;

    public static ReportNoteButton? Decode(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts switch
        {
            ["none", var nonce] => new NoNote(nonce),
            ["stop", var nonce] => new Dismiss(nonce),
            _ => null,
        };
    }

    public abstract string Encode();

    public sealed record NoNote(string Nonce) : ReportNoteButton(Nonce)
    {
        public override string Encode() => ButtonData.Join(Flow, "none", Nonce);
    }

    public sealed record Dismiss(string Nonce) : ReportNoteButton(Nonce)
    {
        public override string Encode() => ButtonData.Join(Flow, "stop", Nonce);
    }
}
