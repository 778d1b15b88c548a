using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Reports;

/// <summary>
/// /baocao (and a meeting's card in /sukien, for that meeting's rounds): for organizers the rounds
/// (progress, summary, nominations) and opening a new one; for a
/// unit's reporter the recent rounds of their unit with "📝 Gửi báo cáo" (or, closed, "👁 Xem báo cáo"); for anyone else, a refusal.
/// The organizers' buttons ("rpa:…") are answered here too, each checked again.
/// </summary>
public sealed class WardReportCommand(RoundOpening opening, ReportProgress progress, ReportOutputs outputs, NominationDecisions decisions)
    : ICommandHandler, IButtonHandler<ReportAdminPress>, IConfirmWhenTyped<ReportAdminPress>
{
    public IReadOnlyList<string> Names { get; } = ["baocao", "report"];

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.IsOrganizer())
        {
            Menu(turn);
        }
        else
        {
            ReporterMenu(turn);
        }
    }

    /// <summary>An organizer's press: the router has checked that the presser is an organizer.</summary>
    public void Handle(Turn turn, ReportAdminPress button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        var press = button;
        if (press.Verb == ReportAdminPress.Open)
        {
            opening.Begin(turn, press.Round);
            return;
        }

        if (press.Verb == ReportAdminPress.Menu)
        {
            Menu(turn);
            return;
        }

        if (press.Verb == ReportAdminPress.OfMeeting)
        {
            if (turn.Store.Find<Meeting>(press.Round) is { } meeting)
            {
                Menu(turn, meeting);
            }
            else
            {
                ButtonRoute.Expired(turn);
            }

            return;
        }

        if (turn.Store.Find<ReportingRound>(press.Round) is not { } round)
        {
            ButtonRoute.Expired(turn);
            return;
        }

        switch (press.Verb)
        {
            case ReportAdminPress.Progress: progress.Show(turn, round); break;
            case ReportAdminPress.Remind: progress.Remind(turn, round); break;
            case ReportAdminPress.Summary: outputs.Summary(turn, round); break;
            case ReportAdminPress.Nominations: outputs.Nominations(turn, round); break;
            case ReportAdminPress.Accept: decisions.Accept(turn, press); break;
            default: ButtonRoute.Expired(turn); break;
        }
    }

    /// <summary>Accepting a nomination typed as a number first says whom it accepts.</summary>
    public Html? Consequence(Turn turn, ReportAdminPress button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        return button.Verb == ReportAdminPress.Accept ? decisions.Consequence(turn, button) : null;
    }

    /// <summary>The rounds and "open a round"; from a meeting's card, only that meeting's, and a new round is for it.</summary>
    private void Menu(Turn turn, Meeting? meeting = null)
    {
        var lang = turn.Lang;
        var rounds = turn.Store.All<ReportingRound>().Where(r => meeting is null || r.MeetingId == meeting.Id).OrderByDescending(r => r.OpenedAt).Take(5).ToList();
        var lines = rounds.Select(r => Texts.ReportRoundLine.For(
            lang,
            RoundNames.Label(turn.Store, r, turn.Settings.TimeZone, lang),
            ReportProgress.SentCount(turn.Store, r),
            r.RequiredUnits.Count,
            MeetingFormat.When(r.Deadline, turn.Settings.TimeZone, lang))).ToList();
        var body = lines.Count == 0 ? Texts.ReportsNone.For(lang) : Html.Join("\n", lines);
        var buttons = rounds.Select(r => new Button(RoundNames.Label(turn.Store, r, turn.Settings.TimeZone, lang), new ReportAdminPress(ReportAdminPress.Progress, r.Id).Encode()))
            .Append(new Button(Texts.OpenRoundButton.Plain(lang), new ReportAdminPress(ReportAdminPress.Open, meeting?.Id ?? string.Empty).Encode()));
        turn.Say(Texts.ReportsMenu, buttons, body);
    }

    private static void ReporterMenu(Turn turn)
    {
        if (turn.MemberOf() is not { Status: MemberStatus.Approved } member || !WardReportAccess.CanReport(turn.Store, turn.Settings, turn.From, member.UnitCode))
        {
            turn.Say(turn.MemberOf() is null ? Texts.NotRegistered : Texts.ReportNotReporter);
            return;
        }

        var rounds = turn.Store.All<ReportingRound>().Where(r => r.Requires(member.UnitCode)).OrderByDescending(r => r.OpenedAt).Take(3).ToList();
        if (rounds.Count == 0)
        {
            turn.Say(Texts.ReportNoOpenRound);
            return;
        }

        foreach (var round in rounds)
        {
            // A closed round's report is only read: the same button shows it, named for what it does.
            var label = round.IsOpen(turn.Now) ? Texts.ReportButton : Texts.ReportViewButton;
            var button = new Button(label.Plain(turn.Lang), new ReportStart(round.Id).Encode());
            Button[] buttons = round.IsOpen(turn.Now) && WardReportAccess.CanName(turn, member.UnitCode)
                ? [button, ReporterNaming.ShowButton(turn.Lang, round.Id, member.UnitCode)]
                : [button];
            turn.Reply(new TextOut(Texts.ReportsMenu.For(turn.Lang, $"{RoundNames.Label(turn.Store, round, turn.Settings.TimeZone, turn.Lang)} – {MeetingFormat.When(round.Deadline, turn.Settings.TimeZone, turn.Lang)}")).WithButtons(buttons));
        }
    }
}
