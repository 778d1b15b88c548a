using System.Text;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Events;

/// <summary>
/// The answer buttons of a meeting notice and the short conversations behind them. Every press is
/// checked again: the member must be approved, the meeting must exist and still take answers.
/// </summary>
public sealed class RsvpFlow : IFlow, IButtonHandler<RsvpButton>
{
    public const string FlowName = "rsvp";
    public const int MaxReasonLength = 500;

    private static readonly RsvpSteps Steps = new(Save, SkipButton);

    public string Name => FlowName;

    /// <summary>The three answer buttons of an invitation, as a notice or reminder shows them.</summary>
    public static Button[][] AnswerRows(Lang lang, string meetingId) =>
    [
        [
            new Button(Texts.Attend.Plain(lang), new RsvpButton.Answer(meetingId, RsvpChoice.Attend).Encode()),
            new Button(Texts.Decline.Plain(lang), new RsvpButton.Answer(meetingId, RsvpChoice.Decline).Encode()),
        ],
        [new Button(Texts.SendDelegate.Plain(lang), new RsvpButton.Answer(meetingId, RsvpChoice.Delegate).Encode())],
    ];

    public void Handle(Turn turn, RsvpButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        switch (button)
        {
            case RsvpButton.Answer answer:
                Start(turn, answer);
                break;
            case RsvpButton.Skip skip:
                Skip(turn, skip);
                break;
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

    private static Button SkipButton(Turn turn) =>
        new(Texts.Skip.Plain(turn.Lang), new RsvpButton.Skip(turn.Session.Get("event")!).Encode());

    private void Start(Turn turn, RsvpButton.Answer answer)
    {
        if (!MayAnswer(turn, answer.MeetingId, out var meeting))
        {
            // An answer that can no longer be finished is dropped, not left half-way.
            LeaveIfAnswering(turn);
            return;
        }

        // A fresh press starts over, whatever half-given answer came before.
        turn.Session = turn.Session.Enter(FlowName, RsvpMachine.State.Idle).Set("event", meeting.Id);
        var machine = new RsvpMachine(turn, Steps);
        _ = answer.Choice switch
        {
            RsvpChoice.Attend => machine.Attend(),
            RsvpChoice.Decline => machine.Decline(),
            _ => machine.SendDelegate(),
        };
        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private void Skip(Turn turn, RsvpButton.Skip skip)
    {
        if (!MayAnswer(turn, skip.MeetingId, out var meeting))
        {
            LeaveIfAnswering(turn);
            return;
        }

        var inThisAnswer = turn.Session.Flow == FlowName && turn.Session.Get("event") == meeting.Id;
        var skipping = inThisAnswer ? new RsvpMachine(turn, Steps) : null;
        if (skipping is null || !skipping.Skip())
        {
            ButtonRoute.Expired(turn);
        }
        else if (skipping.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private static void LeaveIfAnswering(Turn turn)
    {
        if (turn.Session.Flow == FlowName)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private void Answer(Turn turn)
    {
        if (!MayAnswer(turn, turn.Session.Get("event"), out _))
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var machine = new RsvpMachine(turn, Steps);
        var text = turn.Input.Event is TextIn t ? NameRule.Collapse(t.Text.Normalize(NormalizationForm.FormC)) : null;
        if (text is null)
        {
            Refuse(turn, machine.Step, Texts.TextExpected);
            return;
        }

        switch (machine.Step)
        {
            case RsvpMachine.State.Idle:
                // Only a stored step the machine no longer knows reads as Idle here: the answer is dropped.
                turn.Say(Texts.NotUnderstood);
                break;
            case RsvpMachine.State.Reason when text.Length > MaxReasonLength:
                Refuse(turn, machine.Step, Texts.ReasonTooLong);
                break;
            case RsvpMachine.State.Reason:
                machine.GiveReason(text);
                break;
            case RsvpMachine.State.DelegateName:
                var problem = NameRule.Check(text, out var name);
                if (problem == NameProblem.None)
                {
                    machine.GiveName(name);
                }
                else
                {
                    turn.Say(problem == NameProblem.TooLong ? Texts.NameTooLong : problem == NameProblem.BadCharacters ? Texts.NameBadCharacters : Texts.NameTooShort);
                }

                break;
            case RsvpMachine.State.DelegatePosition when text.Length is >= 2 and <= Members.Registration.FieldInput.MaxPositionLength:
                machine.GivePosition(text);
                break;
            case RsvpMachine.State.DelegatePosition:
                turn.Say(Texts.PositionInvalid);
                break;
            case RsvpMachine.State.DelegatePhone when PhoneRule.Normalize(text) is { } phone:
                machine.GivePhone(phone);
                break;
            case RsvpMachine.State.DelegatePhone:
                Refuse(turn, machine.Step, Texts.PhoneInvalid);
                break;
        }

        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    /// <summary>The reason and the phone may be skipped: their refusal keeps Skip, so its number holds on a channel of numbered choices.</summary>
    private static void Refuse(Turn turn, RsvpMachine.State step, Msg problem) =>
        ChoiceStep.Refuse(turn, problem, step is RsvpMachine.State.Reason or RsvpMachine.State.DelegatePhone ? [SkipButton(turn)] : []);

    private static bool MayAnswer(Turn turn, string? meetingId, out Meeting meeting)
    {
        meeting = null!;
        if (turn.MemberOf() is not { Status: MemberStatus.Approved })
        {
            turn.Say(Texts.RsvpMembersOnly);
            return false;
        }

        if (meetingId is null || turn.Store.Find<Meeting>(meetingId) is not { } found)
        {
            turn.Say(Texts.MeetingGone);
            return false;
        }

        if (!found.AcceptsAnswers(turn.Now))
        {
            turn.Say(Texts.RsvpClosed, MeetingFormat.When(found.RsvpDeadline, turn.Settings.TimeZone, turn.Lang));
            return false;
        }

        meeting = found;
        return true;
    }

    private static void Save(Turn turn, RsvpAnswer answer, string? reason, Representative? representative)
    {
        var meetingId = turn.Session.Get("event")!;
        var meeting = turn.Store.Find<Meeting>(meetingId)!;
        var memberId = turn.From.ToString();
        var current = turn.Store.Find<Rsvp>(Rsvp.IdFor(meetingId, memberId));
        var next = Rsvp.Set(current, meetingId, memberId, answer, reason, representative, turn.Now, memberId);
        if (ReferenceEquals(next, current))
        {
            turn.Say(Texts.RsvpUnchanged, MeetingBoard.AnswerText(turn.Lang, current));
            return;
        }

        turn.Changes.Put(next);
        RsvpSteps.Confirm(turn, answer, meeting.Label, representative);
    }
}
