using Domain.Conversations;
using Domain.Text;

namespace Domain.Events;

/// <summary>
/// The RSVP machine's prompts and saves, shared by a member's answer and a guest's: the questions
/// are the same; only where the answer is saved and which flow's Skip button is shown differ.
/// </summary>
/// <param name="save">Saves the answer with the decline reason or the representative, when given.</param>
/// <param name="skipButton">The "skip" button of the answering flow.</param>
/// <param name="wording">How the person is addressed; a member's words when not given.</param>
public sealed class RsvpSteps(Action<Turn, RsvpAnswer, string?, Representative?> save, Func<Turn, Button> skipButton, RsvpWording? wording = null) : IRsvpActions
{
    public RsvpWording Wording { get; } = wording ?? RsvpWording.Member;

    public void SaveAttending(Turn turn) => save(turn, RsvpAnswer.Attending, null, null);

    public void SaveDeclined(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        save(turn, RsvpAnswer.Declined, turn.Session.Get("reason"), null);
    }

    public void SaveDelegated(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        save(turn, RsvpAnswer.Delegated, null, new Representative(turn.Session.Get("delegateName")!, turn.Session.Get("delegatePosition")!, turn.Session.Get("delegatePhone")));
    }

    public void AskReason(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Wording.AskReason, [skipButton(turn)]);
    }

    public void AskDelegateName(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.AskDelegateName);
    }

    public void AskDelegatePosition(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.AskDelegatePosition);
    }

    public void AskDelegatePhone(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.AskDelegatePhone, [skipButton(turn)]);
    }

    /// <summary>Tells a member which answer was saved.</summary>
    public static void Confirm(Turn turn, RsvpAnswer answer, string meetingLabel, Representative? representative) =>
        Confirm(turn, answer, meetingLabel, representative, RsvpWording.Member);

    /// <summary>Tells the person which answer was saved, in the words that address them.</summary>
    public static void Confirm(Turn turn, RsvpAnswer answer, string meetingLabel, Representative? representative, RsvpWording wording)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(wording);
        switch (answer)
        {
            case RsvpAnswer.Attending:
                turn.Say(wording.Attending, meetingLabel);
                break;
            case RsvpAnswer.Declined:
                turn.Say(wording.Declined, meetingLabel);
                break;
            default:
                turn.Say(wording.Delegated, meetingLabel, representative!.FullName);
                break;
        }
    }
}
