using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.Reports;

/// <summary>
/// An accepted nominee who is not a member gets a guest invitation to the round's meeting, as if an
/// organizer had added them with /khach: the nomination's name and unit, its achievement as the
/// position. The link is shown once, to the organizer who accepts (this runs in the report desk's turn); a nominee already invited by
/// that name keeps their invitation.
/// </summary>
public static class NomineeGuests
{
    /// <summary>The guest's id, or null when none could be made (after saying why).</summary>
    public static string? Invite(Turn turn, UserKey by, Meeting meeting, Nomination nomination, string reportingUnitName)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(nomination);
        if (turn.Store.Find<Meeting>(meeting.Id) is null || Guest.Expired(meeting, turn.Now))
        {
            MemberTexts.Tell(turn, by, Texts.NomineeGuestMeetingEnded, nomination.Name, meeting.Label);
            return null;
        }

        if (GuestDesk.GuestsOf(turn.Store, meeting.Id).FirstOrDefault(g => NominationDecisions.Same(g.FullName, nomination.Name)) is { } existing)
        {
            MemberTexts.Tell(turn, by, Texts.NomineeGuestExists, nomination.Name, meeting.Label);
            return existing.Id;
        }

        if (NameRule.Check(nomination.Name, out var name) != NameProblem.None)
        {
            MemberTexts.Tell(turn, by, Texts.NomineeGuestNameUnusable, nomination.Name);
            return null;
        }

        var unit = Clip(nomination.UnitName.Trim().Length >= 2 ? nomination.UnitName.Trim() : reportingUnitName, GuestLine.MaxUnitLength);
        var position = Clip(nomination.Achievement.Trim(), Members.Registration.FieldInput.MaxPositionLength);
        var (guest, token) = GuestTokens.Create(turn.Store, meeting.Id, new GuestDetails(name, unit, position, null), turn.Now, by.ToString());
        turn.Changes.Put(guest);
        turn.Changes.Record(new AuditEntry(turn.Now, by, "guest.created", guest.Id, "nomination"));
        var payload = DeepLink.GuestPrefix + token;
        var lang = MemberTexts.LangOf(turn.Store, by, turn.Settings.DefaultLanguage);
        MemberTexts.Tell(turn, by, Texts.NomineeGuestInvited, nomination.Name, meeting.Label);
        MemberTexts.Tell(
            turn,
            by,
            Texts.GuestLinkCreated,
            guest.FullName,
            DeepLink.Telegram(turn.Settings, payload) ?? Texts.GuestNoTelegramLink.Plain(lang),
            DeepLink.Typed(payload),
            MeetingFormat.Inline(meeting.Ends, turn.Settings.TimeZone, lang));
        return guest.Id;
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
