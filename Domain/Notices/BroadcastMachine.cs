using Domain.Conversations;
using Domain.Users;
using Stateless;
using Stateless.Graph;

namespace Domain.Notices;

/// <summary>
/// Composing a broadcast: the text, the audience (everyone, chosen units, a group of units, by a
/// meeting answer, or pending registrations), optional meeting answer buttons, then a preview with
/// the number of recipients, from which the organizer sends, changes the text or the audience, or
/// cancels. Rebuilt from the session on every message; nothing is sent before Send.
/// </summary>
public sealed class BroadcastMachine
{
    public const string EditingKey = "back";

    private readonly StateMachine<State, Trigger> machine;
    private readonly Turn turn;
    private readonly IBroadcastActions actions;

    public BroadcastMachine(Turn turn, IBroadcastActions actions)
    {
        this.turn = turn ?? throw new ArgumentNullException(nameof(turn));
        this.actions = actions ?? throw new ArgumentNullException(nameof(actions));
        machine = new StateMachine<State, Trigger>(
            () => Enum.TryParse<State>(turn.Session.State, out var state) ? state : State.Text,
            state => turn.Session = turn.Session with { State = state.ToString() });
        Configure();
    }

    private enum State
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

    private enum Trigger
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

    public string Step => machine.State.ToString();

    public bool Finished => machine.State is State.Sent or State.Cancelled;

    private bool Editing => turn.Session.Get(EditingKey) is not null;

    public static string Diagram()
    {
        var sample = new Turn(
            new InboundEnvelope("diagram", new UserKey("doc", "0"), new TextIn(string.Empty), DateTimeOffset.UnixEpoch),
            Session.New(new UserKey("doc", "0"), Text.Lang.Vi),
            EmptyReadModel.Instance,
            new BotSettings(),
            DateTimeOffset.UnixEpoch);
        return MermaidGraph.Format(new BroadcastMachine(sample, NoActions.Instance).machine.GetInfo());
    }

    public bool GiveText(string html) => Give(Trigger.TextGiven, "text", html);

    public bool Everyone() => Give(Trigger.Everyone, "audience", "all");

    public bool PendingRegistrations() => Give(Trigger.Pending, "audience", "pending");

    public bool PickUnits() => Try(Trigger.PickUnits);

    public bool UnitsDone(string codes) => Give(Trigger.UnitsDone, "audience", $"units:{codes}");

    public bool PickGroup() => Try(Trigger.PickGroup);

    public bool ChooseGroup(string group) => Give(Trigger.GroupChosen, "audience", $"group:{group}");

    public bool PickAnswer() => Try(Trigger.PickAnswer);

    public bool ChooseMeeting(string meetingId) => Give(Trigger.MeetingChosen, "answerMeeting", meetingId);

    public bool ChooseAnswer(string answer) => Give(Trigger.AnswerChosen, "audience", $"rsvp:{turn.Session.Get("answerMeeting")}:{answer}");

    public bool ChooseButtons(string? meetingId) => Give(Trigger.ButtonsChosen, "buttons", meetingId ?? string.Empty);

    public bool Send() => Try(Trigger.Send);

    public bool EditText() => Try(Trigger.EditText);

    public bool EditAudience() => Try(Trigger.EditAudience);

    public bool Cancel() => Try(Trigger.Cancel);

    private bool Try(Trigger trigger)
    {
        if (!machine.CanFire(trigger))
        {
            return false;
        }

        machine.Fire(trigger);
        return true;
    }

    private bool Give(Trigger trigger, string field, string value)
    {
        if (!machine.CanFire(trigger))
        {
            return false;
        }

        turn.Session = turn.Session.Set(field, value);
        machine.Fire(trigger);
        return true;
    }

    /// <summary>After the audience: on to the buttons question, or straight back to the preview when editing.</summary>
    private void Next(StateMachine<State, Trigger>.StateConfiguration state, Trigger trigger) =>
        state.PermitIf(trigger, State.Preview, () => Editing, "editing")
            .PermitIf(trigger, State.Buttons, () => !Editing, "first time");

    private void Configure()
    {
        var text = machine.Configure(State.Text).OnEntry(() => actions.AskText(turn));
        text.PermitIf(Trigger.TextGiven, State.Preview, () => Editing, "editing")
            .PermitIf(Trigger.TextGiven, State.Audience, () => !Editing, "first time");

        var audience = machine.Configure(State.Audience)
            .OnEntry(() => actions.AskAudience(turn))
            .Permit(Trigger.PickUnits, State.Units)
            .Permit(Trigger.PickGroup, State.Group)
            .Permit(Trigger.PickAnswer, State.RsvpMeeting);
        Next(audience, Trigger.Everyone);
        Next(audience, Trigger.Pending);

        Next(machine.Configure(State.Units).OnEntry(() => actions.AskUnits(turn)), Trigger.UnitsDone);
        Next(machine.Configure(State.Group).OnEntry(() => actions.AskGroup(turn)), Trigger.GroupChosen);
        machine.Configure(State.RsvpMeeting)
            .OnEntry(() => actions.AskAnswerMeeting(turn))
            .Permit(Trigger.MeetingChosen, State.RsvpAnswer);
        Next(machine.Configure(State.RsvpAnswer).OnEntry(() => actions.AskAnswer(turn)), Trigger.AnswerChosen);

        machine.Configure(State.Buttons)
            .OnEntry(() => actions.AskButtons(turn))
            .Permit(Trigger.ButtonsChosen, State.Preview);

        machine.Configure(State.Preview)
            .OnEntry(() =>
            {
                turn.Session = turn.Session.Set(EditingKey, null);
                actions.ShowPreview(turn);
            })
            .Permit(Trigger.Send, State.Sent)
            .Permit(Trigger.EditText, State.Text)
            .Permit(Trigger.EditAudience, State.Audience)
            .Permit(Trigger.Cancel, State.Cancelled)
            .OnExit(t =>
            {
                if (t.Trigger is Trigger.EditText or Trigger.EditAudience)
                {
                    turn.Session = turn.Session.Set(EditingKey, "1");
                }
            });

        machine.Configure(State.Sent).OnEntry(() => actions.SendNotice(turn));
        machine.Configure(State.Cancelled).OnEntry(() => actions.Cancelled(turn));
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
