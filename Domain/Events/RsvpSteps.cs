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
}
