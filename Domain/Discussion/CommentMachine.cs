using Domain.Conversations;
using Stateless;

namespace Domain.Discussion;

/// <summary>The item a member may go back to from the preview.</summary>
public enum CommentField
{
    Topic,
    Text,
    Speak,
}

/// <summary>
/// Writing one comment: the meeting (when several take comments), the topic, the text, whether to
/// speak, then a preview to send, change or cancel. Changing an existing comment starts at the
/// preview. Rebuilt from the session on every message; prompts are entry actions, so a rebuild says
/// nothing, and nothing is stored before the machine reaches Sent.
/// </summary>
public sealed class CommentMachine : FlowMachine<CommentMachine.State, CommentMachine.Trigger>
{
    public const string MeetingKey = "event";

    private readonly StateMachine<State, Trigger>.TriggerWithParameters<CommentField> pick;
    private readonly ICommentActions actions;

    public CommentMachine(Turn turn, ICommentActions actions)
        : base(turn, State.Start)
    {
        this.actions = actions ?? throw new ArgumentNullException(nameof(actions));
        pick = Machine.SetTriggerParameters<CommentField>(Trigger.Pick);
        Configure();
    }

    public enum State
    {
        Start,
        Meeting,
        Topic,
        Text,
        Speak,
        Preview,
        ChooseField,
        Sent,
        Cancelled,
    }

    public enum Trigger
    {
        Begin,
        Revise,
        MeetingChosen,
        TopicChosen,
        TextGiven,
        SpeakChosen,
        Send,
        Edit,
        Pick,
        Back,
        Cancel,
    }

    public bool Finished => Machine.State is State.Sent or State.Cancelled;

    private bool MeetingKnown => Turn.Session.Get(MeetingKey) is not null;

    /// <summary>The Mermaid state diagram of the machine, for the docs. Building it runs no action.</summary>
    public static string Diagram() => new CommentMachine(SampleTurn(), NoCommentActions.Instance).Mermaid();

    public bool Begin() => Try(Trigger.Begin);

    public bool Revise() => Try(Trigger.Revise);

    public bool ChooseMeeting(string meetingId) => Give(Trigger.MeetingChosen, MeetingKey, meetingId);

    /// <summary>The topic's text; empty for "other".</summary>
    public bool ChooseTopic(string topic) => Give(Trigger.TopicChosen, "topic", topic);

    public bool GiveText(string text) => Give(Trigger.TextGiven, "text", text);

    public bool ChooseSpeak(bool speak) => Give(Trigger.SpeakChosen, "speak", speak ? "1" : "0");

    public bool Send() => Try(Trigger.Send);

    public bool Edit() => Try(Trigger.Edit);

    public bool Back() => Try(Trigger.Back);

    public bool Cancel() => Try(Trigger.Cancel);

    public bool Pick(CommentField field) => Pick(pick, field);

    private void Configure()
    {
        // Named methods rather than lambdas where Stateless shows them in the diagram.
        Machine.Configure(State.Start)
            .PermitIf(Trigger.Begin, State.Topic, () => MeetingKnown, "meeting known")
            .PermitIf(Trigger.Begin, State.Meeting, () => !MeetingKnown, "meeting to choose")
            .Permit(Trigger.Revise, State.Preview);

        Machine.Configure(State.Meeting)
            .OnEntry(() => actions.AskMeeting(Turn))
            .Permit(Trigger.MeetingChosen, State.Topic);

        AnswerStep(State.Topic, Trigger.TopicChosen, State.Preview, State.Text, () => actions.AskTopic(Turn));
        AnswerStep(State.Text, Trigger.TextGiven, State.Preview, State.Speak, () => actions.AskText(Turn));

        Machine.Configure(State.Speak)
            .OnEntry(() => actions.AskSpeak(Turn))
            .Permit(Trigger.SpeakChosen, State.Preview);

        Machine.Configure(State.Preview)
            .OnEntry(() =>
            {
                EndEditing();
                actions.ShowPreview(Turn);
            })
            .Permit(Trigger.Send, State.Sent)
            .Permit(Trigger.Edit, State.ChooseField)
            .Permit(Trigger.Cancel, State.Cancelled);

        Machine.Configure(State.ChooseField)
            .OnEntry(() => actions.AskField(Turn))
            .Permit(Trigger.Back, State.Preview)
            .PermitDynamic(
                pick,
                field => field switch
                {
                    CommentField.Topic => State.Topic,
                    CommentField.Text => State.Text,
                    _ => State.Speak,
                },
                "the field picked",
                new Stateless.Reflection.DynamicStateInfos
                {
                    { State.Topic.ToString(), "topic" },
                    { State.Text.ToString(), "text" },
                    { State.Speak.ToString(), "speak" },
                });

        Machine.Configure(State.Sent).OnEntryFrom(Trigger.Send, Save, "save the comment");
        Machine.Configure(State.Cancelled).OnEntryFrom(Trigger.Cancel, Drop, "save nothing");
    }

    private void Save() => actions.Save(Turn);

    private void Drop() => actions.Cancelled(Turn);
}
