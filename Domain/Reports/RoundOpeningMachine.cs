using Domain.Conversations;

namespace Domain.Reports;

/// <summary>
/// An organizer opening a round: choose the meeting, then a preview with the defaults (period,
/// deadline, units) that typed words or buttons change, then open it or cancel.
/// </summary>
public sealed class RoundOpeningMachine : FlowMachine<RoundOpeningMachine.State, RoundOpeningMachine.Trigger>
{
    private readonly Action<Turn> showPreview;
    private readonly Action<Turn> open;

    public RoundOpeningMachine(Turn turn, Action<Turn> showPreview, Action<Turn> open)
        : base(turn, State.Meeting)
    {
        this.showPreview = showPreview;
        this.open = open;
        Machine.Configure(State.Meeting).Permit(Trigger.MeetingChosen, State.Preview);
        Machine.Configure(State.Preview)
            .OnEntry(() => this.showPreview(Turn))
            .PermitReentry(Trigger.Change)
            .Permit(Trigger.Open, State.Opened)
            .Permit(Trigger.Cancel, State.Cancelled);
        Machine.Configure(State.Opened).OnEntry(() => this.open(Turn));
    }

    public enum State
    {
        Meeting,
        Preview,
        Opened,
        Cancelled,
    }

    public enum Trigger
    {
        MeetingChosen,
        Change,
        Open,
        Cancel,
    }

    public State Current => Machine.State;

    public bool Finished => Machine.State is State.Opened or State.Cancelled;

    public bool ChooseMeeting(string meetingId) => Give(Trigger.MeetingChosen, "meeting", meetingId);

    public bool Change(string field, string value) => Give(Trigger.Change, field, value);

    public bool Open() => Try(Trigger.Open);

    public bool Cancel() => Try(Trigger.Cancel);
}
