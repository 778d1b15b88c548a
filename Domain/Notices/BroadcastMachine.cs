using Domain.Conversations;
using Stateless;

namespace Domain.Notices;

/// <summary>
/// Composing a broadcast: the text, the audience (everyone, chosen units, a group of units, by a
/// meeting answer, or pending registrations), optional meeting answer buttons, then a preview with
/// the number of recipients, from which the organizer sends, changes the text or the audience, or
/// cancels. Rebuilt from the session on every message; nothing is sent before Send.
/// </summary>
public sealed class BroadcastMachine : FlowMachine<BroadcastMachine.State, BroadcastMachine.Trigger>
{
    public const string ReturnKey = "back";

    private readonly IBroadcastActions actions;

    public BroadcastMachine(Turn turn, IBroadcastActions actions)
        : base(turn, State.Text)
    {
        this.actions = actions ?? throw new ArgumentNullException(nameof(actions));
        Configure();
    }

    public enum State
    {
        Text,
        Audience,
        Units,
        Group,
        RsvpMeeting,
        RsvpAnswer,
        Buttons,
        Preview,
        Sent,
        Cancelled,
    }

    public enum Trigger
    {
        TextGiven,
        Everyone,
        Pending,
        PickUnits,
        UnitsDone,
        PickGroup,
        GroupChosen,
        PickAnswer,
        MeetingChosen,
        AnswerChosen,
        ButtonsChosen,
        Send,
        EditText,
        EditAudience,
        Cancel,
    }

    public bool Finished => Machine.State is State.Sent or State.Cancelled;

    private bool Editing => Turn.Session.Get(ReturnKey) is not null;

    public static string Diagram() => new BroadcastMachine(SampleTurn(), NoActions.Instance).Mermaid();

    public bool GiveText(string html) => Give(Trigger.TextGiven, "text", html);

    public bool Everyone() => Give(Trigger.Everyone, "audience", "all");

    public bool PendingRegistrations() => Give(Trigger.Pending, "audience", "pending");

    public bool PickUnits() => Try(Trigger.PickUnits);

    public bool UnitsDone(string codes) => Give(Trigger.UnitsDone, "audience", $"units:{codes}");

    public bool PickGroup() => Try(Trigger.PickGroup);

    public bool ChooseGroup(string group) => Give(Trigger.GroupChosen, "audience", $"group:{group}");

    public bool PickAnswer() => Try(Trigger.PickAnswer);

    public bool ChooseMeeting(string meetingId) => Give(Trigger.MeetingChosen, "answerMeeting", meetingId);

    public bool ChooseAnswer(string answer) => Give(Trigger.AnswerChosen, "audience", $"rsvp:{Turn.Session.Get("answerMeeting")}:{answer}");

    public bool ChooseButtons(string? meetingId) => Give(Trigger.ButtonsChosen, "buttons", meetingId ?? string.Empty);

    public bool Send() => Try(Trigger.Send);

    public bool EditText() => Try(Trigger.EditText);

    public bool EditAudience() => Try(Trigger.EditAudience);

    public bool Cancel() => Try(Trigger.Cancel);

    /// <summary>After the audience: on to the buttons question, or straight back to the preview when editing.</summary>
    private void Next(StateMachine<State, Trigger>.StateConfiguration state, Trigger trigger) =>
        state.PermitIf(trigger, State.Preview, () => Editing, "editing")
            .PermitIf(trigger, State.Buttons, () => !Editing, "first time");

    private void Configure()
    {
        var text = Machine.Configure(State.Text).OnEntry(() => actions.AskText(Turn));
        text.PermitIf(Trigger.TextGiven, State.Preview, () => Editing, "editing")
            .PermitIf(Trigger.TextGiven, State.Audience, () => !Editing, "first time");

        var audience = Machine.Configure(State.Audience)
            .OnEntry(() => actions.AskAudience(Turn))
            .Permit(Trigger.PickUnits, State.Units)
            .Permit(Trigger.PickGroup, State.Group)
            .Permit(Trigger.PickAnswer, State.RsvpMeeting);
        Next(audience, Trigger.Everyone);
        Next(audience, Trigger.Pending);

        Next(Machine.Configure(State.Units).OnEntry(() => actions.AskUnits(Turn)), Trigger.UnitsDone);
        Next(Machine.Configure(State.Group).OnEntry(() => actions.AskGroup(Turn)), Trigger.GroupChosen);
        Machine.Configure(State.RsvpMeeting)
            .OnEntry(() => actions.AskAnswerMeeting(Turn))
            .Permit(Trigger.MeetingChosen, State.RsvpAnswer);
        Next(Machine.Configure(State.RsvpAnswer).OnEntry(() => actions.AskAnswer(Turn)), Trigger.AnswerChosen);

        Machine.Configure(State.Buttons)
            .OnEntry(() => actions.AskButtons(Turn))
            .Permit(Trigger.ButtonsChosen, State.Preview);

        Machine.Configure(State.Preview)
            .OnEntry(() =>
            {
                Turn.Session = Turn.Session.Set(ReturnKey, null);
                actions.ShowPreview(Turn);
            })
            .Permit(Trigger.Send, State.Sent)
            .Permit(Trigger.EditText, State.Text)
            .Permit(Trigger.EditAudience, State.Audience)
            .Permit(Trigger.Cancel, State.Cancelled)
            .OnExit(t =>
            {
                if (t.Trigger is Trigger.EditText or Trigger.EditAudience)
                {
                    Turn.Session = Turn.Session.Set(ReturnKey, "1");
                }
            });

        Machine.Configure(State.Sent).OnEntry(() => actions.SendNotice(Turn));
        Machine.Configure(State.Cancelled).OnEntry(() => actions.Cancelled(Turn));
    }

    private sealed class NoActions : IBroadcastActions
    {
        public static readonly NoActions Instance = new();

        public void AskText(Turn turn) { }

        public void AskAudience(Turn turn) { }

        public void AskUnits(Turn turn) { }

        public void AskGroup(Turn turn) { }

        public void AskAnswerMeeting(Turn turn) { }

        public void AskAnswer(Turn turn) { }

        public void AskButtons(Turn turn) { }

        public void ShowPreview(Turn turn) { }

        public void SendNotice(Turn turn) { }

        public void Cancelled(Turn turn) { }
    }
}

/// <summary>What the broadcast machine does on entering a step.</summary>
public interface IBroadcastActions
{
    void AskText(Turn turn);

    void AskAudience(Turn turn);

    void AskUnits(Turn turn);

    void AskGroup(Turn turn);

    void AskAnswerMeeting(Turn turn);

    void AskAnswer(Turn turn);

    void AskButtons(Turn turn);

    void ShowPreview(Turn turn);

    void SendNotice(Turn turn);

    void Cancelled(Turn turn);
}
