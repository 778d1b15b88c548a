using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using Domain.Members;
using Domain.Text;

namespace Domain.Reports;

/// <summary>
/// An accepted nominee who is not a member gets a guest invitation to the round's meeting, as if an
/// organizer had added them with /khach: the nomination's name and unit, its achievement as the
/// position. The link is shown once, to the organizer who accepts; a nominee already invited by
/// that name keeps their invitation.
/// </summary>
public static class NomineeGuests
{
    /// <summary>The guest's id, or null when none could be made (after saying why).</summary>
    public static string? Invite(Turn turn, Meeting meeting, Nomination nomination, string reportingUnitName)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(nomination);
        if (turn.Store.Find<Meeting>(meeting.Id) is null || Guest.Expired(meeting, turn.Now))
        {
            turn.Say(Texts.NomineeGuestMeetingEnded, nomination.Name, meeting.Label);
            return null;
        }

        if (GuestDesk.GuestsOf(turn.Store, meeting.Id).FirstOrDefault(g => NominationDecisions.Same(g.FullName, nomination.Name)) is { } existing)
        {
            turn.Say(Texts.NomineeGuestExists, nomination.Name, meeting.Label);
            return existing.Id;
        }

        if (NameRule.Check(nomination.Name, out var name) != NameProblem.None)
        {
            turn.Say(Texts.NomineeGuestNameUnusable, nomination.Name);
            return null;
        }

        var unit = Clip(nomination.UnitName.Trim().Length >= 2 ? nomination.UnitName.Trim() : reportingUnitName, GuestLine.MaxUnitLength);
        var position = Clip(nomination.Achievement.Trim(), Members.Registration.FieldInput.MaxPositionLength);
        var (guest, token) = GuestTokens.Create(turn.Store, meeting.Id, new GuestDetails(name, unit, position, null), turn.Now, turn.From.ToString());
        turn.Changes.Put(guest);
        turn.Audit("guest.created", guest.Id, "nomination");
        var payload = DeepLink.GuestPrefix + token;
        turn.Say(Texts.NomineeGuestInvited, nomination.Name, meeting.Label);
        turn.Say(
            Texts.GuestLinkCreated,
            guest.FullName,
            DeepLink.Telegram(turn.Settings, payload) ?? Texts.GuestNoTelegramLink.Plain(turn.Lang),
            DeepLink.Typed(payload),
            MeetingFormat.When(meeting.Ends, turn.Settings.TimeZone, turn.Lang));
        return guest.Id;
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
