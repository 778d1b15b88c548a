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
public sealed class CommentFlow(MyComments mine) : ICommandHandler, IFlow, IButtonHandler
{
    public const string FlowName = "gy";

    private readonly CommentActions actions = new();

    public IReadOnlyList<string> Names { get; } = ["gopy", "comment"];

    public string Name => FlowName;

    public string Prefix => FlowName;

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

    public void Handle(Turn turn, ButtonIn button) => Handle(turn);

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Input.Event is ButtonIn button)
        {
            Press(turn, button.Arg.Split(':'));
        }
        else if (turn.Session.Flow == FlowName)
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

    private void Press(Turn turn, string[] parts)
    {
        if (!MyComments.IsApproved(turn))
        {
            LeaveFlow(turn);
            return;
        }

        // Verbs that start afresh, from the list of one's comments or a reminder.
        switch (parts)
        {
            case ["new"]:
                Begin(turn, null);
                return;
            case ["new", var key]:
                Begin(turn, key);
                return;
            case ["rev", var id]:
                Revise(turn, id);
                return;
            case ["wd", var id]:
                mine.AskWithdraw(turn, id);
                return;
            case ["wdy", var id]:
                mine.Withdraw(turn, id);
                return;
            case ["wdn"]:
                turn.Say(Texts.CommentKept);
                return;
        }

        // The rest belong to the conversation in progress, and only to it.
        if (turn.Session.Flow != FlowName || parts.Length < 2 || parts[1] != turn.Session.Get(CommentActions.NonceKey))
        {
            Expired(turn);
            return;
        }

        if (!CommentDraft.MeetingStillOpen(turn))
        {
            return;
        }

        var machine = new CommentMachine(turn, actions);
        var done = parts switch
        {
            ["ev", _, var key] => CommentFormat.OpenMeetings(turn).FirstOrDefault(m => m.Key() == key) is { } meeting && machine.ChooseMeeting(meeting.Id),
            ["tp", _, var index] => CommentDraft.Topic(turn, index) is { } topic && machine.ChooseTopic(topic),
            ["sp", _, "y"] => machine.ChooseSpeak(true),
            ["sp", _, "n"] => machine.ChooseSpeak(false),
            ["send", _] => machine.Send(),
            ["edit", _] => machine.Edit(),
            ["cancel", _] => machine.Cancel(),
            ["back", _] => machine.Back(),
            ["f", _, "topic"] => machine.Pick(CommentField.Topic),
            ["f", _, "text"] => machine.Pick(CommentField.Text),
            ["f", _, "speak"] => machine.Pick(CommentField.Speak),
            _ => false,
        };
        if (!done)
        {
            Expired(turn);
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
        if (machine.Step != CommentMachine.State.Text)
        {
            turn.Say(Texts.UseButtons);
            actions.Ask(turn, machine.Step);
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

    private static void Expired(Turn turn)
    {
        turn.Acknowledge(Texts.ButtonExpired);
        turn.Say(Texts.ButtonExpired);
    }
}
