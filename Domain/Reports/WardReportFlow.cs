using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Reports;

/// <summary>
/// The unit reporter's conversation ("rp"). Every message checks again that the round is still
/// open and that the sender still reports for the unit; a button of an earlier conversation or of
/// another unit's round is refused.
/// </summary>
public sealed class WardReportFlow(UnitCatalog units) : IFlow, IButtonHandler<WardReportButton>
{
    public const string FlowName = ReportPress.Prefix;

    private readonly ReportSteps steps = new(units);

    public string Name => FlowName;

    /// <summary>A command in the middle (/hoso, /baocao …) sets the report aside; 📝 takes it up again.</summary>
    public bool KeepsDraftWhenLeft => true;

    /// <summary>The notice's start button works at any time; a press inside the conversation only within it.</summary>
    public void Handle(Turn turn, WardReportButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (button is ReportStart start)
        {
            Start(turn, start.RoundId);
        }
        else if (turn.Session.Flow != FlowName)
        {
            ButtonRoute.Expired(turn);
        }
        else if (button is ReportPress press && StillAllowed(turn) is { } round)
        {
            Press(turn, press, round);
        }
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Session.Flow != FlowName)
        {
            ButtonRoute.Expired(turn);
        }
        else if (StillAllowed(turn) is { } round)
        {
            if (SentMeanwhile.Pending(turn))
            {
                // The question asked last has buttons only: asked again with them.
                turn.Say(Texts.UseButtons);
                SentMeanwhile.Offer(turn, units);
                return;
            }

            new ReportAnswers(steps).Answer(turn, new WardReportMachine(turn, steps, round.Years.Count));
        }
    }

    /// <summary>
    /// Starts the sender's unit report for a round, or revises the one sent, or shows it once the
    /// round has closed. A report already being written for the round (open, or set aside by a
    /// command) goes on at its current question with every answer kept.
    /// </summary>
    public void Start(Turn turn, string roundId)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var member = turn.MemberOf();
        if (turn.Store.Find<ReportingRound>(roundId) is not { } round || member is not { Status: MemberStatus.Approved }
            || !round.Requires(member.UnitCode) || !WardReportAccess.CanReport(turn.Store, turn.Settings, turn.From, member.UnitCode))
        {
            turn.Acknowledge(Texts.ReportNotReporter);
            turn.Say(Texts.ReportNotReporter);
            return;
        }

        var unit = member.UnitCode.ToUpperInvariant();
        var report = turn.Store.Find<UnitReport>(UnitReport.IdFor(round.Id, unit));
        if (!round.IsOpen(turn.Now))
        {
            ShowClosed(turn, round, unit, report);
            return;
        }

        if (ReportDrafting.IsOpenFor(turn.Session, round.Id, unit) || ReportDrafting.IsParkedFor(turn.Session, round.Id, unit))
        {
            Resume(turn, round, unit);
            return;
        }

        if (turn.Session.Flow == FlowName)
        {
            // Another round's report in progress is set aside, not lost.
            turn.Session = turn.Session.Park();
        }

        Begin(turn, round, unit, report);
    }

    /// <summary>A new draft: the sent version to revise, or the first question; it notes how many versions it builds on.</summary>
    private void Begin(Turn turn, ReportingRound round, string unit, UnitReport? report)
    {
        turn.Audit("report.started", UnitReport.IdFor(round.Id, unit));
        turn.Session = turn.Session.Enter(FlowName, WardReportMachine.State.Start)
            .Set(ReportDraft.NonceKey, CommentDraft.Nonce(turn))
            .Set(ReportDraft.RoundKey, round.Id)
            .Set(ReportDraft.UnitKey, unit)
            .Set(ReportDraft.BaseKey, ReportDraft.Text(report?.Versions.Count ?? 0));
        var machine = new WardReportMachine(turn, steps, round.Years.Count);
        if (report?.Current is { } sent)
        {
            turn.Session = ReportDraft.Write(turn.Session, sent.Content);
            machine.Revise();
            return;
        }

        turn.Say(Texts.ReportStart, units.NameOf(unit), round.FromYear, round.ToYear, MeetingFormat.When(round.Deadline, turn.Settings.TimeZone, turn.Lang));
        machine.Begin();
    }

    /// <summary>The report being written: taken up again if a command set it aside, its current question asked again.</summary>
    private void Resume(Turn turn, ReportingRound round, string unit)
    {
        if (!ReportDrafting.IsOpenFor(turn.Session, round.Id, unit))
        {
            // Another round's report open now swaps places with this one.
            var open = turn.Session.Flow == FlowName ? new ParkedFlow(FlowName, turn.Session.State, turn.Session.Draft) : null;
            turn.Session = turn.Session.Unpark() with { Parked = open };
        }

        if (SentMeanwhile.Pending(turn) || SentMeanwhile.NotAsked(turn))
        {
            SentMeanwhile.Offer(turn, units);
            return;
        }

        turn.Say(Texts.ReportResumed);
        steps.Repeat(turn, new WardReportMachine(turn, steps, round.Years.Count).Current);
    }

    /// <summary>The answer to that question; any other press asks it again.</summary>
    private void Answer(Turn turn, ReportPress press, ReportingRound round, string unit)
    {
        switch (press.Verb)
        {
            case ReportPress.UseSent:
                turn.Session = turn.Session.Leave();
                Begin(turn, round, unit, turn.Store.Find<UnitReport>(UnitReport.IdFor(round.Id, unit)));
                break;
            case ReportPress.KeepDraft:
                SentMeanwhile.Keep(turn);
                turn.Say(Texts.ReportResumed);
                steps.Repeat(turn, new WardReportMachine(turn, steps, round.Years.Count).Current);
                break;
            default:
                SentMeanwhile.Offer(turn, units);
                break;
        }
    }

    /// <summary>After the deadline: what the unit sent, read only, or that it sent nothing; a draft kept for the round goes.</summary>
    private void ShowClosed(Turn turn, ReportingRound round, string unit, UnitReport? report)
    {
        turn.Session = ReportDrafting.IsParkedFor(turn.Session, round.Id, unit) ? turn.Session.DropParked() : turn.Session;
        if (ReportDrafting.IsOpenFor(turn.Session, round.Id, unit))
        {
            turn.Session = turn.Session.Leave();
        }

        turn.Say(Texts.ReportClosed, MeetingFormat.When(round.Deadline, turn.Settings.TimeZone, turn.Lang));
        if (report?.Current is { } current)
        {
            turn.Say(Texts.ReportReadOnly, units.NameOf(unit), ReportText.Describe(current.Content, round.Years, turn.Lang));
        }
        else
        {
            turn.Say(Texts.ReportNeverSent, units.NameOf(unit));
        }
    }

    private ReportingRound? StillAllowed(Turn turn)
    {
        var round = ReportSteps.Round(turn);
        var unit = turn.Session.Get(ReportDraft.UnitKey) ?? string.Empty;
        if (round is null || !WardReportAccess.CanReport(turn.Store, turn.Settings, turn.From, unit))
        {
            turn.Session = turn.Session.Leave();
            turn.Acknowledge(Texts.ReportNotReporter);
            turn.Say(Texts.ReportNotReporter);
            return null;
        }

        // By when the person pressed or typed, not by when their turn came.
        if (!round.IsOpen(turn.Input.At < turn.Now ? turn.Input.At : turn.Now))
        {
            var draft = ReportDraft.Read(turn.Session, round.Years.Count);
            turn.Session = turn.Session.Leave();
            turn.Acknowledge(Texts.ButtonExpired);
            turn.Say(Texts.ReportClosed, MeetingFormat.When(round.Deadline, turn.Settings.TimeZone, turn.Lang));
            if (draft.Pages.Count > 0 || draft.Nominations.Count > 0 || draft.Difficulties.Length > 0 || draft.Proposals.Length > 0)
            {
                // The draft ends here: shown once more so what they wrote is not lost to them.
                turn.Say(Texts.ReportUnsentDraft, units.NameOf(unit), ReportText.Describe(draft, round.Years, turn.Lang));
            }

            return null;
        }

        return round;
    }

    private void Press(Turn turn, ReportPress press, ReportingRound round)
    {
        if (press.Nonce != turn.Session.Get(ReportDraft.NonceKey))
        {
            ButtonRoute.Expired(turn);
            return;
        }

        if (SentMeanwhile.Pending(turn))
        {
            Answer(turn, press, round, turn.Session.Get(ReportDraft.UnitKey) ?? string.Empty);
            return;
        }

        var machine = new WardReportMachine(turn, steps, round.Years.Count);
        var years = round.Years.Count;
        var done = press.Verb switch
        {
            ReportPress.Platform => press.TryIndex(out var p) && Enum.IsDefined((PagePlatform)p)
                && machine.Step == WardReportMachine.State.Platform
                && machine.Answer(ReportDraft.Page(Page(turn), "platform"), ((PagePlatform)p).ToString()),
            ReportPress.Kind when press.Arg is "c" or "p" => machine.Step == WardReportMachine.State.NomineeKind
                && machine.Answer(ReportDraft.Nominee(Nominee(turn), "kind"), press.Arg == "c" ? nameof(NomineeKind.Collective) : nameof(NomineeKind.Person)),
            ReportPress.AddPage => machine.AddPage(),
            ReportPress.NoMorePages => machine.NoMorePages(),
            ReportPress.AddNomination => machine.AddNomination(),
            ReportPress.NominationsDone => machine.NominationsDone(),
            ReportPress.RemoveNomination => machine.Step == WardReportMachine.State.Nominations && press.TryIndex(out var n)
                && n < ReportDraft.Count(turn.Session, ReportDraft.NominationsKey)
                && Apply(turn, ReportDraft.RemoveNomination(turn.Session, n, years)) && machine.NominationRemoved(),
            ReportPress.Send => machine.Send(),
            ReportPress.Edit => machine.Edit(),
            ReportPress.Cancel => machine.Cancel(),
            ReportPress.Back => machine.Back(),
            ReportPress.AskRemovePage => ReportDraft.Count(turn.Session, ReportDraft.PagesKey) > 0 && machine.AskRemovePage(),
            ReportPress.RemovePage => machine.Step == WardReportMachine.State.RemovePage && press.TryIndex(out var r)
                && r < ReportDraft.Count(turn.Session, ReportDraft.PagesKey)
                && Apply(turn, ReportDraft.RemovePage(turn.Session, r, years)) && machine.PageRemoved(),
            ReportPress.PickPage => press.TryIndex(out var pg) && machine.PickPage(pg),
            ReportPress.Pick => Enum.TryParse<ReportItem>(press.Arg, out var item) && Enum.IsDefined(item) && !press.Arg.Any(char.IsAsciiDigit) && machine.Pick(item),
            _ => false,
        };
        if (!done)
        {
            ButtonRoute.Expired(turn);
        }
        else if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private static bool Apply(Turn turn, Session session)
    {
        turn.Session = session;
        return true;
    }

    private static int Page(Turn turn) => ReportDraft.Count(turn.Session, ReportDraft.PageKey);

    private static int Nominee(Turn turn) => Math.Max(0, ReportDraft.Count(turn.Session, ReportDraft.NominationsKey) - 1);
}
