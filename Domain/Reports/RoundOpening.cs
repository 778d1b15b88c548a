using System.Globalization;
using System.Text.RegularExpressions;
using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Reports;

/// <summary>
/// The "rpo" conversation: an organizer opens a reporting round for a meeting. Defaults: 2021–2023,
/// the meeting's answer deadline (or a week from now when it has passed), the wards and member
/// organisations. Opening sends each unit's reporters the notice with "📝 Gửi báo cáo".
/// </summary>
public sealed partial class RoundOpening(UnitCatalog units, ReportNotices notices) : IFlow, IButtonHandler<RoundOpeningButton>
{
    public const string FlowName = "rpo";

    public string Name => FlowName;

    /// <summary>Asks for the meeting, or, given one (from its /sukien card), goes straight to the preview.</summary>
    public void Begin(Turn turn, string meetingId = "")
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meetingId);
        if (meetingId.Length > 0)
        {
            BeginFor(turn, meetingId);
            return;
        }

        var meetings = turn.Store.All<Meeting>().OrderByDescending(m => m.StartsAt).Take(6).ToList();
        if (meetings.Count == 0)
        {
            turn.Say(Texts.NoMeetings);
            return;
        }

        turn.Session = turn.Session.Enter(FlowName, RoundOpeningMachine.State.Meeting).Set("nonce", CommentDraft.Nonce(turn));
        turn.Say(Texts.OpenRoundChooseMeeting, meetings.Select(m => new Button(m.Label, Data(turn, "m", m.Id))));
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var machine = new RoundOpeningMachine(turn, Preview, Open);
        if (machine.Current != RoundOpeningMachine.State.Preview || turn.Input.Event is not TextIn text || !Typed(turn, machine, text.Text.Trim()))
        {
            turn.Say(machine.Current == RoundOpeningMachine.State.Preview ? Texts.OpenRoundBadInput : Texts.UseButtons);
        }

        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    /// <summary>A press within the conversation (the router gives it only while the session is in it).</summary>
    public void Handle(Turn turn, RoundOpeningButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var machine = new RoundOpeningMachine(turn, Preview, Open);
        var done = button.Nonce == turn.Session.Get("nonce") && button switch
        {
            { Verb: RoundOpeningButton.ChooseMeeting } => turn.Store.Find<Meeting>(button.Arg) is { } meeting && machine.ChooseMeeting(meeting.Id),
            { Verb: RoundOpeningButton.Units, Arg: "all" or "wards" } => machine.Change("units", button.Arg),
            { Verb: RoundOpeningButton.Open } => machine.Open(),
            { Verb: RoundOpeningButton.Cancel } => machine.Cancel() && Said(turn, Texts.Cancelled),
            _ => false,
        };
        if (!done)
        {
            turn.Acknowledge(Texts.ButtonExpired);
            turn.Say(Texts.ButtonExpired);
        }

        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private void BeginFor(Turn turn, string meetingId)
    {
        if (turn.Store.Find<Meeting>(meetingId) is not { } meeting)
        {
            turn.Acknowledge(Texts.ButtonExpired);
            turn.Say(Texts.ButtonExpired);
            return;
        }

        turn.Session = turn.Session.Enter(FlowName, RoundOpeningMachine.State.Meeting).Set("nonce", CommentDraft.Nonce(turn));
        new RoundOpeningMachine(turn, Preview, Open).ChooseMeeting(meeting.Id);
    }

    private static bool Said(Turn turn, Msg text)
    {
        turn.Say(text);
        return true;
    }

    private bool Typed(Turn turn, RoundOpeningMachine machine, string text)
    {
        if (Period().Match(text) is { Success: true } period)
        {
            var from = int.Parse(period.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(period.Groups[2].Value, CultureInfo.InvariantCulture);
            return ReportingRound.ValidPeriod(from, to) && machine.Change("from", period.Groups[1].Value) && machine.Change("to", period.Groups[2].Value);
        }

        if (DateTime.TryParseExact(text, ["d/M/yyyy", "d/M/yy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var local = day.Date.AddHours(17);
            var deadline = new DateTimeOffset(local, turn.Settings.TimeZone.GetUtcOffset(local));
            return deadline > turn.Now && machine.Change("deadline", deadline.UtcTicks.ToString(CultureInfo.InvariantCulture));
        }

        return false;
    }

    private ReportingRound Draft(Turn turn)
    {
        var meeting = turn.Store.Find<Meeting>(turn.Session.Get("meeting") ?? string.Empty)!;
        var deadline = long.TryParse(turn.Session.Get("deadline"), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : meeting.RsvpDeadline > turn.Now.AddHours(1) ? meeting.RsvpDeadline : turn.Now.AddDays(7);
        return new ReportingRound
        {
            Id = string.Empty,
            MeetingId = meeting.Id,
            FromYear = int.TryParse(turn.Session.Get("from"), CultureInfo.InvariantCulture, out var from) ? from : ReportingRound.DefaultFromYear,
            ToYear = int.TryParse(turn.Session.Get("to"), CultureInfo.InvariantCulture, out var to) ? to : ReportingRound.DefaultToYear,
            Deadline = TimeZoneInfo.ConvertTime(deadline, turn.Settings.TimeZone),
            RequiredUnits = turn.Session.Get("units") == "wards" ? ReportingRound.WardUnits(units) : ReportingRound.DefaultUnits(units),
            OpenedBy = turn.From.ToString(),
            OpenedAt = turn.Now,
        };
    }

    private void Preview(Turn turn)
    {
        var round = Draft(turn);
        var lang = turn.Lang;
        turn.Reply(new TextOut(Texts.OpenRoundPreview.For(
            lang,
            ReportProgress.Label(turn.Store, round),
            round.FromYear,
            round.ToYear,
            MeetingFormat.When(round.Deadline, turn.Settings.TimeZone, lang),
            round.RequiredUnits.Count,
            string.Join(", ", round.RequiredUnits.Select(units.NameOf)))).WithButtons(
            [new Button(Texts.OpenRoundSend.Plain(lang), Data(turn, "go"))],
            [new Button(Texts.UnitsDefault.Plain(lang), Data(turn, "u", "all")), new Button(Texts.UnitsWards.Plain(lang), Data(turn, "u", "wards"))],
            [new Button(Texts.ReportCancel.Plain(lang), Data(turn, "x"))]));
    }

    private void Open(Turn turn)
    {
        var id = "r" + CommentDraft.Nonce(turn);
        var round = Draft(turn) with { Id = turn.Store.Find<ReportingRound>(id) is null ? id : id + "x" };
        turn.Changes.Put(round);
        turn.Audit("report.round.opened", round.Id, round.MeetingId);
        var reached = notices.Send(turn, round, round.RequiredUnits, reminder: false);
        var without = round.RequiredUnits.Where(code => !reached.Any(m => string.Equals(m.UnitCode, code, StringComparison.OrdinalIgnoreCase))).ToList();
        turn.Say(Texts.ReportRoundOpened, round.RequiredUnits.Count, reached.Count, without.Count, string.Join(", ", without.Select(units.NameOf)));
        turn.Say(Texts.ReportsMenu, [new Button(Texts.ReportProgressButton.Plain(turn.Lang), new ReportAdminPress(ReportAdminPress.Progress, round.Id).Encode())], ReportProgress.Label(turn.Store, round));
    }

    private static string Data(Turn turn, string verb, string arg = "") => new RoundOpeningButton(turn.Session.Get("nonce") ?? string.Empty, verb, arg).Encode();

    [GeneratedRegex(@"^(\d{4})\s*[-–]\s*(\d{4})$")]
    private static partial Regex Period();
}
