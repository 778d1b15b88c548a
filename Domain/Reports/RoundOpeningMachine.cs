using Domain.Conversations;

namespace Domain.Reports;

/// <summary>What the opening machine shows and does on entering a step.</summary>
public interface IRoundOpeningSteps
{
    void Preview(Turn turn);

    void AskGroup(Turn turn);

    void AskUnits(Turn turn);

    void Open(Turn turn);
}

/// <summary>
/// An organizer opening a round: choose the meeting, then a preview with the defaults (period,
/// deadline, units) that typed words or buttons change (the units: the default ones, a group of the
/// units file, or a hand-picked list toggled on and confirmed), then open it or cancel.
/// </summary>
public sealed class RoundOpeningMachine : FlowMachine<RoundOpeningMachine.State, RoundOpeningMachine.Trigger>
{
    /// <summary>The units ticked so far on the hand-picked list, before Done.</summary>
    public const string PickedKey = "picked";

    public RoundOpeningMachine(Turn turn, IRoundOpeningSteps steps)
        : base(turn, State.Meeting)
    {
        ArgumentNullException.ThrowIfNull(steps);
        Machine.Configure(State.Meeting).Permit(Trigger.MeetingChosen, State.Preview);
        Machine.Configure(State.Preview)
            .OnEntry(() => steps.Preview(Turn))
            .PermitReentry(Trigger.Change)
            .Permit(Trigger.PickGroup, State.Group)
            .Permit(Trigger.PickUnits, State.Units)
            .Permit(Trigger.Open, State.Opened)
            .Permit(Trigger.Cancel, State.Cancelled);
        Machine.Configure(State.Group)
            .OnEntry(() => steps.AskGroup(Turn))
            .Permit(Trigger.GroupChosen, State.Preview)
            .Permit(Trigger.Back, State.Preview)
            .Permit(Trigger.Cancel, State.Cancelled);
        Machine.Configure(State.Units)
            .OnEntry(() => steps.AskUnits(Turn))
            .PermitReentry(Trigger.Toggle)
            .PermitIf(Trigger.UnitsDone, State.Preview, () => Picked.Count > 0, "some unit ticked")
            .Permit(Trigger.Back, State.Preview)
            .Permit(Trigger.Cancel, State.Cancelled);
        Machine.Configure(State.Opened).OnEntry(() => steps.Open(Turn));
    }

    public enum State
    {
        Meeting,
        Preview,
        Opened,
        Cancelled,
        Group,
        Units,
    }

    public enum Trigger
    {
        MeetingChosen,
        Change,
        Open,
        Cancel,
        PickGroup,
        GroupChosen,
        PickUnits,
        Toggle,
        UnitsDone,
        Back,
    }

    public State Current => Machine.State;

    public bool Finished => Machine.State is State.Opened or State.Cancelled;

    /// <summary>The codes ticked on the hand-picked list.</summary>
    public IReadOnlyList<string> Picked => PickedIn(Turn.Session);

    public static IReadOnlyList<string> PickedIn(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return (session.Get(PickedKey) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
    }

    public static string Diagram() => new RoundOpeningMachine(SampleTurn(), NoSteps.Instance).Mermaid();

    public bool ChooseMeeting(string meetingId) => Give(Trigger.MeetingChosen, "meeting", meetingId);

    public bool Change(string field, string value) => Give(Trigger.Change, field, value);

    public bool PickGroup() => Try(Trigger.PickGroup);

    /// <summary>A group as <see cref="Notices.Audience"/> stores it ("group:Ward").</summary>
    public bool ChooseGroup(string group) => Give(Trigger.GroupChosen, RoundUnits.Key, RoundUnits.GroupSpec(group));

    /// <summary>Opens the hand-picked list with the units chosen so far ticked.</summary>
    public bool PickUnits(IEnumerable<string> current) =>
        Machine.CanFire(Trigger.PickUnits) && Give(Trigger.PickUnits, PickedKey, string.Join(',', current));

    public bool Toggle(string code)
    {
        var picked = Picked.ToList();
        if (picked.RemoveAll(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase)) == 0)
        {
            picked.Add(code);
        }

        return Give(Trigger.Toggle, PickedKey, string.Join(',', picked));
    }

    public bool UnitsDone() => Give(Trigger.UnitsDone, RoundUnits.Key, RoundUnits.ListSpec(Picked));

    public bool Back() => Try(Trigger.Back);

    public bool Open() => Try(Trigger.Open);

    public bool Cancel() => Try(Trigger.Cancel);

    private sealed class NoSteps : IRoundOpeningSteps
    {
        public static readonly NoSteps Instance = new();

        public void Preview(Turn turn) { }

        public void AskGroup(Turn turn) { }

        public void AskUnits(Turn turn) { }

        public void Open(Turn turn) { }
    }
}
