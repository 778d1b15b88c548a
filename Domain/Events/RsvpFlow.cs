using System.Text;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Events;

/// <summary>
/// The answer buttons of a meeting notice and the short conversations behind them. Every press is
/// checked again: the member must be approved, the meeting must exist and still take answers.
/// </summary>
public sealed class RsvpFlow : IFlow, IButtonHandler, IRsvpActions
{
    public const string FlowName = "rsvp";
    public const int MaxReasonLength = 500;

    public string Name => FlowName;

    public string Prefix => FlowName;

    public void Handle(Turn turn, ButtonIn button) => Handle(turn);

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Input.Event is ButtonIn button)
        {
            Press(turn, button.Arg);
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

    public void SaveAttending(Turn turn) => Save(turn, RsvpAnswer.Attending, null, null);

    public void SaveDeclined(Turn turn) => Save(turn, RsvpAnswer.Declined, turn.Session.Get("reason"), null);

    public void SaveDelegated(Turn turn) =>
        Save(turn, RsvpAnswer.Delegated, null, new Representative(turn.Session.Get("delegateName")!, turn.Session.Get("delegatePosition")!, turn.Session.Get("delegatePhone")));

    public void AskReason(Turn turn) =>
        turn.Say(Texts.AskReason, [new Button(Texts.Skip.Plain(turn.Lang), $"{FlowName}:skip:{turn.Session.Get("event")}")]);

    public void AskDelegateName(Turn turn) => turn.Say(Texts.AskDelegateName);

    public void AskDelegatePosition(Turn turn) => turn.Say(Texts.AskDelegatePosition);

    public void AskDelegatePhone(Turn turn) =>
        turn.Say(Texts.AskDelegatePhone, [new Button(Texts.Skip.Plain(turn.Lang), $"{FlowName}:skip:{turn.Session.Get("event")}")]);

    private void Press(Turn turn, string arg)
    {
        var parts = arg.Split(':', 2);
        if (parts.Length != 2 || parts[0] is not ("yes" or "no" or "sub" or "skip"))
        {
            Expired(turn);
            return;
        }

        if (!MayAnswer(turn, parts[1], out var meeting))
        {
            // An answer that can no longer be finished is dropped, not left half-way.
            if (turn.Session.Flow == FlowName)
            {
                turn.Session = turn.Session.Leave();
            }

            return;
        }

        if (parts[0] == "skip")
        {
            var inThisAnswer = turn.Session.Flow == FlowName && turn.Session.Get("event") == meeting.Id;
            var skipping = inThisAnswer ? new RsvpMachine(turn, this) : null;
            if (skipping is null || !skipping.Skip())
            {
                Expired(turn);
            }
            else if (skipping.Finished)
            {
                turn.Session = turn.Session.Leave();
            }

            return;
        }

        // A fresh press starts over, whatever half-given answer came before.
        turn.Session = turn.Session.Enter(FlowName, "Idle").Set("event", meeting.Id);
        var machine = new RsvpMachine(turn, this);
        _ = parts[0] switch
        {
            "yes" => machine.Attend(),
            "no" => machine.Decline(),
            _ => machine.SendDelegate(),
        };
        if (machine.Finished)
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

        var machine = new RsvpMachine(turn, this);
        var text = turn.Input.Event is TextIn t ? NameRule.Collapse(t.Text.Normalize(NormalizationForm.FormC)) : null;
        if (text is null)
        {
            turn.Say(Texts.TextExpected);
            return;
        }

        switch (machine.Step)
        {
            case "Reason" when text.Length > MaxReasonLength:
                turn.Say(Texts.ReasonTooLong);
                break;
            case "Reason":
                machine.GiveReason(text);
                break;
            case "DelegateName":
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
            case "DelegatePosition" when text.Length is >= 2 and <= Members.Registration.FieldInput.MaxPositionLength:
                machine.GivePosition(text);
                break;
            case "DelegatePosition":
                turn.Say(Texts.PositionInvalid);
                break;
            case "DelegatePhone" when PhoneRule.Normalize(text) is { } phone:
                machine.GivePhone(phone);
                break;
            case "DelegatePhone":
                turn.Say(Texts.PhoneInvalid);
                break;
        }

        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

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
        switch (answer)
        {
            case RsvpAnswer.Attending:
                turn.Say(Texts.RsvpAttending, meeting.Label);
                break;
            case RsvpAnswer.Declined:
                turn.Say(Texts.RsvpDeclined, meeting.Label);
                break;
            default:
                turn.Say(Texts.RsvpDelegated, meeting.Label, representative!.FullName);
                break;
        }
    }

    private static void Expired(Turn turn)
    {
        turn.Acknowledge(Texts.ButtonExpired);
        turn.Say(Texts.ButtonExpired);
    }
}
