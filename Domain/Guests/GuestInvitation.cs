using System.Text;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Guests;

/// <summary>
/// A guest opens their personal link: the formal invitation, one consent question, then the same
/// answers as a member's (attend, decline, send someone) through the RSVP machine, without joining
/// the team. The link is bound to the first chat that consents; it ends with the meeting.
/// </summary>
public sealed class GuestInvitation : IStartLink, IFlow, IButtonHandler<GuestButton>
{
    public const string FlowName = "guest";

    private readonly GuestConsent consent = new();

    private static readonly RsvpSteps Steps = new(Save, SkipButton, RsvpWording.Guest);

    public string Name => FlowName;

    public bool Claims(string startArgs) => (startArgs ?? string.Empty).StartsWith(DeepLink.GuestPrefix, StringComparison.Ordinal);

    public void Open(Turn turn, string startArgs)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(startArgs);
        if (GuestTokens.Resolve(turn, startArgs[DeepLink.GuestPrefix.Length..]) is not var (guest, meeting))
        {
            return;
        }

        turn.Reply(new TextOut(FormalInvitation.Letter(meeting, turn.Settings, turn.Lang, new InvitedPerson(guest.FullName, guest.Position, guest.Unit))));
        if (guest.ClaimedBy is null)
        {
            turn.Session = turn.Session.Enter(FlowName, GuestConsentMachine.State.Invited).Set("guest", guest.Id);
            new GuestConsentMachine(turn, consent).Open();
            return;
        }

        AskAnswer(turn, guest, meeting);
    }

    public void Handle(Turn turn, GuestButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        Press(turn, button);
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Input.Event is ButtonIn button)
        {
            Press(turn, ButtonData.TrySplit(button.Data, out var flow, out var parts) && flow == GuestButton.Flow ? GuestButton.Decode(parts) : null);
        }
        else if (turn.Session.Flow == FlowName && turn.Session.Step<GuestConsentMachine.State>() != GuestConsentMachine.State.Consent)
        {
            Answer(turn);
        }
        else
        {
            turn.Say(Texts.GuestConsentPending);
        }
    }

    private static Button SkipButton(Turn turn) =>
        new(Texts.Skip.Plain(turn.Lang), new GuestButton(GuestButton.Skip, turn.Session.Get("guest") ?? "-").Encode());

    private void Press(Turn turn, GuestButton? button)
    {
        var guest = button is null ? null : turn.Store.Find<Guest>(button.GuestId);
        var meeting = guest is null ? null : turn.Store.Find<Meeting>(guest.MeetingId);
        if (button is null || guest is null || meeting is null)
        {
            ButtonRoute.Expired(turn);
            return;
        }

        if (Guest.Expired(meeting, turn.Now))
        {
            turn.Session = turn.Session.Leave();
            turn.Say(Texts.GuestLinkExpired);
            return;
        }

        switch (button.Action)
        {
            case GuestButton.Consent or GuestButton.Refuse when turn.Session.Flow != FlowName || turn.Session.Step<GuestConsentMachine.State>() != GuestConsentMachine.State.Consent || turn.Session.Get("guest") != guest.Id:
                ButtonRoute.Expired(turn);
                break;
            case GuestButton.Consent or GuestButton.Refuse:
                var machine = new GuestConsentMachine(turn, consent);
                _ = button.Action == GuestButton.Consent ? machine.Agree() : machine.Refuse();
                if (machine.Finished)
                {
                    turn.Session = turn.Session.Leave();
                }

                break;
            default:
                PressAnswer(turn, button, guest, meeting);
                break;
        }
    }

    private void PressAnswer(Turn turn, GuestButton button, Guest guest, Meeting meeting)
    {
        if (guest.ClaimedBy != turn.From.ToString())
        {
            ButtonRoute.Expired(turn);
            return;
        }

        if (!meeting.AcceptsAnswers(turn.Now))
        {
            turn.Session = turn.Session.Leave();
            turn.Say(RsvpWording.Guest.Closed, MeetingFormat.When(meeting.RsvpDeadline, turn.Settings.TimeZone, turn.Lang));
            return;
        }

        if (button.Action == GuestButton.Skip)
        {
            var inThisAnswer = turn.Session.Flow == FlowName && turn.Session.Get("guest") == guest.Id;
            var machine = inThisAnswer ? new RsvpMachine(turn, Steps) : null;
            if (machine is null || !machine.Skip())
            {
                ButtonRoute.Expired(turn);
            }
            else if (machine.Finished)
            {
                turn.Session = turn.Session.Leave();
            }

            return;
        }

        turn.Session = turn.Session.Enter(FlowName, RsvpMachine.State.Idle).Set("guest", guest.Id);
        var answer = new RsvpMachine(turn, Steps);
        _ = button.Action switch
        {
            GuestButton.Attend => answer.Attend(),
            GuestButton.Decline => answer.Decline(),
            _ => answer.SendDelegate(),
        };
        if (answer.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private void Answer(Turn turn)
    {
        var guest = turn.Store.Find<Guest>(turn.Session.Get("guest") ?? string.Empty);
        var meeting = guest is null ? null : turn.Store.Find<Meeting>(guest.MeetingId);
        if (guest is null || meeting is null || guest.ClaimedBy != turn.From.ToString() || !meeting.AcceptsAnswers(turn.Now))
        {
            turn.Session = turn.Session.Leave();
            turn.Say(Texts.GuestLinkExpired);
            return;
        }

        var text = turn.Input.Event is TextIn t ? NameRule.Collapse(t.Text.Normalize(NormalizationForm.FormC)) : null;
        if (text is null)
        {
            turn.Say(RsvpWording.Guest.TextExpected);
            return;
        }

        var machine = new RsvpMachine(turn, Steps);
        _ = machine.Step switch
        {
            RsvpMachine.State.Reason when text.Length <= RsvpFlow.MaxReasonLength => machine.GiveReason(text),
            RsvpMachine.State.DelegateName when NameRule.Check(text, out var name) == NameProblem.None => machine.GiveName(name),
            RsvpMachine.State.DelegatePosition when text.Length is >= 2 and <= Members.Registration.FieldInput.MaxPositionLength => machine.GivePosition(text),
            RsvpMachine.State.DelegatePhone when PhoneRule.Normalize(text) is { } phone => machine.GivePhone(phone),
            _ => Invalid(turn),
        };
        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private static bool Invalid(Turn turn)
    {
        turn.Say(Texts.GuestAnswerInvalid);
        return false;
    }

    internal static void AskAnswer(Turn turn, Guest guest, Meeting meeting)
    {
        var lang = turn.Lang;
        var current = MeetingBoard.AnswerText(lang, guest.Answer is { } a ? new Rsvp { Id = guest.Id, EventId = meeting.Id, MemberId = guest.Id, Answer = a, Delegate = guest.Delegate } : null);
        if (!meeting.AcceptsAnswers(turn.Now))
        {
            turn.Say(Texts.GuestAnswerShown, current);
            return;
        }

        turn.Reply(new TextOut(Texts.GuestAskAnswer.For(lang, current)).WithButtons(
            [new Button(Texts.Attend.Plain(lang), new GuestButton(GuestButton.Attend, guest.Id).Encode()), new Button(Texts.Decline.Plain(lang), new GuestButton(GuestButton.Decline, guest.Id).Encode())],
            [new Button(Texts.SendDelegate.Plain(lang), new GuestButton(GuestButton.Send, guest.Id).Encode())]));
    }

    private static void Save(Turn turn, RsvpAnswer answer, string? reason, Representative? representative)
    {
        var guest = turn.Store.Find<Guest>(turn.Session.Get("guest")!)!;
        var meeting = turn.Store.Find<Meeting>(guest.MeetingId)!;
        if (guest.Answer == answer && guest.Reason == reason && guest.Delegate == representative)
        {
            turn.Say(Texts.GuestAnswerShown, MeetingBoard.AnswerText(turn.Lang, new Rsvp { Id = guest.Id, EventId = meeting.Id, MemberId = guest.Id, Answer = answer, Delegate = representative }));
            return;
        }

        turn.Changes.Put(guest with { Answer = answer, Reason = reason, Delegate = representative, AnsweredAt = turn.Now });
        turn.Audit("guest.answered", guest.Id, answer.ToString());
        RsvpSteps.Confirm(turn, answer, meeting.Label, representative, RsvpWording.Guest);
    }
}
