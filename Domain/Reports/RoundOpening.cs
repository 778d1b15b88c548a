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
        turn.Say(Texts.OpenRoundChooseMeeting, meetings.Select(m => new Button(m.Label, RoundOpeningScreens.Data(turn, RoundOpeningButton.ChooseMeeting, m.Id))));
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var machine = new RoundOpeningMachine(turn, this);
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

        var machine = new RoundOpeningMachine(turn, this);
        var done = button.Nonce == turn.Session.Get("nonce") && button switch
        {
            { Verb: RoundOpeningButton.ChooseMeeting } => turn.Store.Find<Meeting>(button.Arg) is { } meeting && machine.ChooseMeeting(meeting.Id),
            { Verb: RoundOpeningButton.Units, Arg: "all" or "wards" } => machine.Change(RoundUnits.Key, button.Arg),
            { Verb: RoundOpeningButton.PickGroup } => machine.PickGroup(),
            { Verb: RoundOpeningButton.ChooseGroup } => Enum.TryParse<UnitGroup>(button.Arg, out var group) && RoundUnits.Groups(units).Contains(group) && machine.ChooseGroup(group.ToString()),
            { Verb: RoundOpeningButton.PickUnits } => machine.PickUnits(RoundUnits.IsList(turn.Session.Get(RoundUnits.Key)) ? screens.Draft(turn).RequiredUnits : []),
            { Verb: RoundOpeningButton.Toggle } => units.Find(button.Arg) is { Group: not UnitGroup.Guest } unit && machine.Current == RoundOpeningMachine.State.Units && machine.Toggle(unit.Code),
            { Verb: RoundOpeningButton.UnitsDone } when machine.Current == RoundOpeningMachine.State.Units && machine.Picked.Count == 0 => Said(turn, Texts.RoundNoUnitChosen),
            { Verb: RoundOpeningButton.UnitsDone } => machine.UnitsDone(),
            { Verb: RoundOpeningButton.Back } => machine.Back(),
            { Verb: RoundOpeningButton.Open } => machine.Open(),
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

        turn.Session = turn.Session.Enter(FlowName, RoundOpeningMachine.State.Meeting).Set("nonce", CommentDraft.Nonce(turn));
        new RoundOpeningMachine(turn, this).ChooseMeeting(meeting.Id);
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
        turn.Say(Texts.ReportsMenu, [new Button(Texts.ReportProgressButton.Plain(turn.Lang), new ReportAdminPress(ReportAdminPress.Progress, round.Id).Encode())], ReportProgress.Label(turn.Store, round));
    }

    [GeneratedRegex(@"^(\d{4})\s*[-–]\s*(\d{4})$")]
    private static partial Regex Period();
}
