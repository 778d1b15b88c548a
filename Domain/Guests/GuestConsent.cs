using Domain.Conversations;
using Domain.Events;
using Domain.Text;

namespace Domain.Guests;

/// <summary>What the guest's consent step does, for the invitation the session names.</summary>
public sealed class GuestConsent : IGuestConsentActions
{
    public bool TakenByAnother(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return GuestOf(turn) is { ClaimedBy: { } by } && by != turn.From.ToString();
    }

    public void AskConsent(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var id = turn.Session.Get("guest") ?? "-";
        turn.Say(
            Texts.GuestConsentQuestion,
            [new Button(Texts.GuestConsentYes.Plain(turn.Lang), new GuestButton(GuestButton.Consent, id).Encode()), new Button(Texts.GuestConsentNo.Plain(turn.Lang), new GuestButton(GuestButton.Refuse, id).Encode())],
            turn.Settings.Organization.FullName.For(turn.Lang));
    }

    public void Claim(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (GuestOf(turn) is not { } guest || turn.Store.Find<Meeting>(guest.MeetingId) is not { } meeting)
        {
            return;
        }

        var claimed = guest with { ClaimedBy = turn.From.ToString(), ConsentAt = turn.Now };
        turn.Changes.Put(claimed);
        turn.Audit("guest.consented", guest.Id);
        GuestInvitation.AskAnswer(turn, claimed, meeting);
    }

    public void Refused(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.GuestConsentRefused);
    }

    public void Taken(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.GuestLinkUsed);
    }

    private static Guest? GuestOf(Turn turn) => turn.Store.Find<Guest>(turn.Session.Get("guest") ?? string.Empty);
}
