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
/// organisations, or a group of the units file, or a hand-picked list. Opening sends each unit's
/// reporters the notice with "📝 Gửi báo cáo".
/// </summary>
public sealed partial class RoundOpening(UnitCatalog units, ReportNotices notices) : IFlow, IButtonHandler<RoundOpeningButton>, IRoundOpeningSteps
{
    public const string FlowName = "rpo";

    private readonly RoundOpeningScreens screens = new(units);

    private readonly ReportProgress progress = new(units, notices);

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

        if (!Upcoming(turn).Any())
        {
            turn.Say(Texts.NoMeetings);
            return;
        }

        turn.Session = turn.Session.Enter(FlowName, RoundOpeningMachine.State.Meeting).Set("nonce", CommentDraft.Nonce(turn));
        AskMeeting(turn);
    }

    /// <summary>The meetings a round can still serve (not ended), soonest first, each with its date so a copy and its original differ.</summary>
    private static IEnumerable<Meeting> Upcoming(Turn turn) =>
        turn.Store.All<Meeting>().Where(m => turn.Now < m.Ends).OrderBy(m => m.StartsAt).Take(6);

    private static void AskMeeting(Turn turn) =>
        turn.Say(Texts.OpenRoundChooseMeeting, Upcoming(turn).Select(m => new Button(MeetingFormat.Choice(m, turn.Settings.TimeZone, turn.Lang), RoundOpeningScreens.Data(turn, RoundOpeningButton.ChooseMeeting, m.Id))));

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var machine = new RoundOpeningMachine(turn, this);
        if (machine.Current == RoundOpeningMachine.State.Preview && turn.Input.Event is TextIn text)
        {
            if (!Typed(turn, machine, text.Text.Trim()))
            {
                // The preview again with its buttons: on a channel of numbered choices the numbers hold again.
                screens.Preview(turn);
            }
        }
        else
        {
            turn.Say(Texts.UseButtons);
            AskAgain(turn, machine.Current);
        }
    }

    /// <summary>A step's question again, with its buttons.</summary>
    private void AskAgain(Turn turn, RoundOpeningMachine.State state)
    {
        switch (state)
        {
            case RoundOpeningMachine.State.Meeting: AskMeeting(turn); break;
            case RoundOpeningMachine.State.Group: screens.AskGroup(turn); break;
            case RoundOpeningMachine.State.Units: screens.AskUnits(turn); break;
            default: screens.Preview(turn); break;
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

        var machine = new RoundOpeningMachine(turn, this);
        var done = button.Nonce == turn.Session.Get("nonce") && button switch
        {
            // A picker shown before the meeting ended is stale after it.
            { Verb: RoundOpeningButton.ChooseMeeting } => turn.Store.Find<Meeting>(button.Arg) is { } meeting && turn.Now < meeting.Ends && machine.ChooseMeeting(meeting.Id),
            { Verb: RoundOpeningButton.Units, Arg: "all" or "wards" } => machine.Change(RoundUnits.Key, button.Arg),
            { Verb: RoundOpeningButton.PickGroup } => machine.PickGroup(),
            { Verb: RoundOpeningButton.ChooseGroup } => Enum.TryParse<UnitGroup>(button.Arg, out var group) && RoundUnits.Groups(units).Contains(group) && machine.ChooseGroup(group.ToString()),
            { Verb: RoundOpeningButton.PickUnits } => machine.PickUnits(RoundUnits.IsChosen(turn.Session.Get(RoundUnits.Key)) ? screens.Draft(turn).RequiredUnits : []),
            { Verb: RoundOpeningButton.Toggle } => units.Find(button.Arg) is { Group: not UnitGroup.Guest } unit && machine.Current == RoundOpeningMachine.State.Units && machine.Toggle(unit.Code),
            { Verb: RoundOpeningButton.UnitsDone } when machine.Current == RoundOpeningMachine.State.Units && machine.Picked.Count == 0 => Said(turn, Texts.RoundNoUnitChosen) && Shown(() => screens.AskUnits(turn)),
            { Verb: RoundOpeningButton.UnitsDone } => machine.UnitsDone(),
            { Verb: RoundOpeningButton.Back } => machine.Back(),
            // A round of this meeting and period is open: the preview (which says so) again, never a second one.
            { Verb: RoundOpeningButton.Open } when machine.Current == RoundOpeningMachine.State.Preview && screens.OpenTwin(turn) is not null => Shown(() => screens.Preview(turn)),
            { Verb: RoundOpeningButton.Open } => machine.Open(),
            { Verb: RoundOpeningButton.SeeOpen } when machine.Current == RoundOpeningMachine.State.Preview && screens.OpenTwin(turn) is { } twin => machine.Cancel() && Shown(() => progress.Show(turn, twin)),
            { Verb: RoundOpeningButton.Cancel } => machine.Cancel() && Said(turn, Texts.Cancelled),
            _ => false,
        };
        if (!done)
        {
            ButtonRoute.Expired(turn);
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
            ButtonRoute.Expired(turn);
            return;
        }

        if (turn.Now >= meeting.Ends)
        {
            turn.Say(Texts.RoundMeetingEnded, meeting.Label);
            return;
        }

        turn.Session = turn.Session.Enter(FlowName, RoundOpeningMachine.State.Meeting).Set("nonce", CommentDraft.Nonce(turn));
        new RoundOpeningMachine(turn, this).ChooseMeeting(meeting.Id);
    }

    private static bool Said(Turn turn, Msg text)
    {
        turn.Say(text);
        return true;
    }

    /// <summary>Shows a step's choices again (on Zalo and the console the numbers of the last message are the ones that count).</summary>
    private static bool Shown(Action show)
    {
        show();
        return true;
    }

    private bool Typed(Turn turn, RoundOpeningMachine machine, string text)
    {
        if (Period().Match(text) is { Success: true } period)
        {
            var from = int.Parse(period.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(period.Groups[2].Value, CultureInfo.InvariantCulture);
            if (!ReportingRound.ValidPeriod(from, to))
            {
                turn.Say(Texts.OpenRoundBadInput);
                return false;
            }

            // Both years before the one change, so a single preview shows the whole new period.
            turn.Session = turn.Session.Set("from", period.Groups[1].Value);
            return machine.Change("to", period.Groups[2].Value);
        }

        if (Deadline(text, turn.Settings.TimeZone) is not { } deadline || deadline <= turn.Now)
        {
            turn.Say(Texts.OpenRoundBadInput);
            return false;
        }

        var meeting = turn.Store.Find<Meeting>(turn.Session.Get("meeting") ?? string.Empty);
        if (meeting is not null && !meeting.IsPast(turn.Now) && deadline > meeting.StartsAt)
        {
            // Reports serve the meeting: one due after it has begun is of no use to it.
            turn.Say(Texts.RoundDeadlineAfterMeeting, MeetingFormat.When(meeting.StartsAt, turn.Settings.TimeZone, turn.Lang));
            return false;
        }

        return machine.Change("deadline", deadline.UtcTicks.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A typed deadline: a date alone means 17:00 that day; a date with a time ("20/4/2027 17:00", "16g30 20/4/2027") that time.</summary>
    public static DateTimeOffset? Deadline(string text, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(zone);
        if (DateTime.TryParseExact(text.Trim(), ["d/M/yyyy", "d/M/yy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return EndOfDay(day, zone);
        }

        return MeetingFormat.Parse(text, zone);
    }

    /// <summary>17:00 of a local day: the hour a deadline falls on unless one is typed.</summary>
    public static DateTimeOffset EndOfDay(DateTime day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = DateTime.SpecifyKind(day.Date.AddHours(17), DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public void Preview(Turn turn) => screens.Preview(turn);

    public void AskGroup(Turn turn) => screens.AskGroup(turn);

    public void AskUnits(Turn turn) => screens.AskUnits(turn);

    public void Open(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var id = "r" + CommentDraft.Nonce(turn);
        var round = screens.Draft(turn) with { Id = turn.Store.Find<ReportingRound>(id) is null ? id : id + "x" };
        turn.Changes.Put(round);
        turn.Audit("report.round.opened", round.Id, round.MeetingId);
        var reached = notices.Send(turn, round, round.RequiredUnits, reminder: false);
        var without = round.RequiredUnits.Where(code => !reached.Any(m => string.Equals(m.UnitCode, code, StringComparison.OrdinalIgnoreCase))).ToList();
        turn.Say(Texts.ReportRoundOpened, round.RequiredUnits.Count, reached.Count, without.Count, string.Join(", ", without.Select(units.NameOf)));
        turn.Say(Texts.ReportsMenu, [new Button(Texts.ReportProgressButton.Plain(turn.Lang), new ReportAdminPress(ReportAdminPress.Progress, round.Id).Encode())], RoundNames.Label(turn.Store, round, turn.Settings.TimeZone, turn.Lang));
    }

    [GeneratedRegex(@"^(\d{4})\s*[-–]\s*(\d{4})$")]
    private static partial Regex Period();
}
