using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Discussion;

/// <summary>
/// /gopy and its buttons: a member writes a comment for a meeting's discussion segment, or lists,
/// changes and withdraws their own. Every message checks again that the sender is an approved
/// member, that the meeting has not started, and that a comment they touch is their own.
/// </summary>
public sealed class CommentFlow(MyComments mine) : ICommandHandler, IFlow, IButtonHandler<CommentButton>
{
    public const string FlowName = "gy";

    private readonly CommentActions actions = new();

    public IReadOnlyList<string> Names { get; } = ["gopy", "comment"];

    public string Name => FlowName;

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!MyComments.IsApproved(turn))
        {
            return;
        }

        if (!mine.Show(turn))
        {
            Begin(turn, null);
        }
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Session.Flow == FlowName)
        {
            Answer(turn);
        }
        else
        {
            turn.Say(Texts.NotUnderstood);
        }
    }

    /// <summary>Starts a new comment; <paramref name="meetingKey"/> (from a reminder) picks the meeting.</summary>
    public void Begin(Turn turn, string? meetingKey)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var open = CommentFormat.OpenMeetings(turn);
        var chosen = meetingKey is null ? null : open.FirstOrDefault(m => m.Key() == meetingKey);
        if (meetingKey is not null && chosen is null && CommentFormat.FindMeeting(turn.Store, meetingKey) is { } started)
        {
            turn.Say(Texts.CommentsClosed, MeetingFormat.When(started.StartsAt, turn.Settings.TimeZone, turn.Lang));
            return;
        }

        if (open.Count == 0)
        {
            turn.Say(Texts.NoMeetingTakesComments);
            return;
        }

        chosen ??= open.Count == 1 ? open[0] : null;
        turn.Session = turn.Session.Enter(FlowName, CommentMachine.State.Start).Set(CommentActions.NonceKey, CommentDraft.Nonce(turn)).Set(CommentMachine.MeetingKey, chosen?.Id);
        new CommentMachine(turn, actions).Begin();
    }

    public void Handle(Turn turn, CommentButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!MyComments.IsApproved(turn))
        {
            LeaveFlow(turn);
            return;
        }

        // Buttons that start afresh, from the list of one's comments or a reminder.
        switch (button)
        {
            case CommentButton.Start(var key):
                Begin(turn, key);
                return;
            case CommentButton.Revise(var id):
                Revise(turn, id);
                return;
            case CommentButton.AskWithdraw(var id):
                mine.AskWithdraw(turn, id);
                return;
            case CommentButton.Withdraw(var id):
                mine.Withdraw(turn, id);
                return;
            case CommentButton.Keep:
                turn.Say(Texts.CommentKept);
                return;
        }

        // The rest belong to the conversation in progress, and only to it.
        if (turn.Session.Flow != FlowName || button is not CommentButton.InConversation step || step.Nonce != turn.Session.Get(CommentActions.NonceKey))
        {
            ButtonRoute.Expired(turn);
            return;
        }

        if (!CommentDraft.MeetingStillOpen(turn))
        {
            return;
        }

        var machine = new CommentMachine(turn, actions);
        var done = step switch
        {
            CommentButton.ChooseMeeting(_, var key) => CommentFormat.OpenMeetings(turn).FirstOrDefault(m => m.Key() == key) is { } meeting && machine.ChooseMeeting(meeting.Id),
            CommentButton.ChooseTopic(_, var index) => CommentDraft.Topic(turn, index) is { } topic && machine.ChooseTopic(topic),
            CommentButton.ChooseSpeak(_, var speak) => machine.ChooseSpeak(speak),
            CommentButton.Move(_, CommentMove.Send) => machine.Send(),
            CommentButton.Move(_, CommentMove.Edit) => machine.Edit(),
            CommentButton.Move(_, CommentMove.Cancel) => machine.Cancel(),
            CommentButton.Move(_, CommentMove.Back) => machine.Back(),
            CommentButton.Field(_, var field) => machine.Pick(field),
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

    private void Answer(Turn turn)
    {
        if (!MyComments.IsApproved(turn))
        {
            LeaveFlow(turn);
            return;
        }

        if (!CommentDraft.MeetingStillOpen(turn))
        {
            return;
        }

        var machine = new CommentMachine(turn, actions);
        if (actions.HasChoices(machine.Step))
        {
            ChoiceStep.AskAgain(turn, actions, machine.Step);
            return;
        }

        if (turn.Input.Event is not TextIn input)
        {
            turn.Say(Texts.TextExpected);
            return;
        }

        var text = CommentFormat.Clean(input.Text);
        if (text.Length > CommentFormat.MaxLength)
        {
            turn.Say(Texts.CommentTooLong, CommentFormat.Count(text.Length, turn.Lang));
        }
        else if (text.Length < CommentFormat.MinLength)
        {
            turn.Say(Texts.CommentTooShort);
        }
        else
        {
            machine.GiveText(text);
        }
    }

    private void Revise(Turn turn, string id)
    {
        if (mine.Own(turn, id) is not { } comment || !MyComments.StillOpen(turn, comment, out _))
        {
            return;
        }

        turn.Session = turn.Session.Enter(FlowName, CommentMachine.State.Start)
            .Set(CommentActions.NonceKey, CommentDraft.Nonce(turn))
            .Set(CommentMachine.MeetingKey, comment.MeetingId)
            .Set(CommentActions.IdKey, comment.Id)
            .Set("topic", comment.Topic ?? string.Empty)
            .Set("text", comment.Text)
            .Set("speak", comment.WantsToSpeak ? "1" : "0");
        new CommentMachine(turn, actions).Revise();
    }

    private static void LeaveFlow(Turn turn)
    {
        if (turn.Session.Flow == FlowName)
        {
            turn.Session = turn.Session.Leave();
        }
    }
}
