using Domain.Conversations;
using Domain.Text;

namespace Domain.Events;

/// <summary>
/// The RSVP machine's prompts and saves, shared by a member's answer and a guest's: the questions
/// are the same; only where the answer is saved and which flow's Skip button is shown differ.
/// </summary>
/// <param name="save">Saves the answer with the decline reason or the representative, when given.</param>
/// <param name="skipButton">The "skip" button of the answering flow.</param>
public sealed class RsvpSteps(Action<Turn, RsvpAnswer, string?, Representative?> save, Func<Turn, Button> skipButton) : IRsvpActions
{
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
        turn.Say(Texts.AskReason, [skipButton(turn)]);
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

    /// <summary>Tells the person which answer was saved: the same words for a member and a guest.</summary>
    public static void Confirm(Turn turn, RsvpAnswer answer, string meetingLabel, Representative? representative)
    {
        ArgumentNullException.ThrowIfNull(turn);
        switch (answer)
        {
            case RsvpAnswer.Attending:
                turn.Say(Texts.RsvpAttending, meetingLabel);
                break;
            case RsvpAnswer.Declined:
                turn.Say(Texts.RsvpDeclined, meetingLabel);
                break;
            default:
                turn.Say(Texts.RsvpDelegated, meetingLabel, representative!.FullName);
                break;
        }
    }
}
