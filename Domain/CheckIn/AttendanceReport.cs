using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using Domain.Members;
using Domain.Text;

namespace Domain.CheckIn;

/// <summary>
/// What /thongke adds for the conference day: the guests' answers in their own group, "Đã có mặt"
/// per unit and in total once the door has opened, and who answered "Tham dự" but has not arrived.
/// </summary>
public static class AttendanceReport
{
    public const int MaxMissingShown = 40;

    public static IReadOnlyList<Html> Lines(Turn turn, Meeting meeting, UnitCatalog units)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(units);
        var lang = turn.Lang;
        var lines = new List<Html>();
        var guests = GuestDesk.GuestsOf(turn.Store, meeting.Id);
        if (guests.Count > 0)
        {
            int Count(RsvpAnswer? answer) => guests.Count(g => g.Answer == answer);
            lines.Add(Texts.StatsGuests.For(lang, Texts.GuestGroup.Plain(lang), Count(RsvpAnswer.Attending), Count(RsvpAnswer.Declined), Count(RsvpAnswer.Delegated), Count(null)));
        }

        if (turn.Now < CheckInDesk.Opens(meeting))
        {
            return lines;
        }

        var present = turn.Store.WithIdPrefix<Attendance>(Attendance.IdFor(meeting.Id, string.Empty)).Where(a => a.MeetingId == meeting.Id).ToDictionary(a => a.PersonId, StringComparer.Ordinal);
        var members = turn.Store.Scan<Member>().Where(m => m.Status == MemberStatus.Approved).ToDictionary(m => m.Id, StringComparer.Ordinal);
        // A guest's delegate is recorded under the guest, so the group follows the id, not the kind.
        var guestIds = guests.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var byGroup = present.Values
            .Select(a => guestIds.Contains(a.PersonId) ? Texts.GuestGroup.Plain(lang) : members.TryGetValue(a.PersonId, out var m) ? units.NameOf(m.UnitCode) : "?")
            .GroupBy(name => name)
            .OrderBy(g => g.Key == Texts.GuestGroup.Plain(lang) ? -1 : units.All.ToList().FindIndex(u => u.Name == g.Key) is var i and >= 0 ? i : int.MaxValue);
        lines.Add(Texts.StatsPresentHeader.For(lang));
        lines.AddRange(byGroup.Select(g => Texts.StatsPresentLine.For(lang, g.Key, g.Count())));
        lines.Add(Texts.StatsPresentTotal.For(lang, present.Count));

        var missing = new List<string>();
        missing.AddRange(guests.Where(g => g.Answer is RsvpAnswer.Attending or RsvpAnswer.Delegated && !present.ContainsKey(g.Id))
            .Select(g => $"{(g.Answer == RsvpAnswer.Delegated ? g.Delegate?.FullName : g.FullName)} – {Texts.GuestGroup.Plain(lang)}"));
        foreach (var answer in turn.Store.WithIdPrefix<Rsvp>(Rsvp.IdFor(meeting.Id, string.Empty)))
        {
            if (answer.EventId == meeting.Id && answer.Answer is RsvpAnswer.Attending or RsvpAnswer.Delegated && !present.ContainsKey(answer.MemberId) && members.TryGetValue(answer.MemberId, out var member))
            {
                missing.Add($"{(answer.Answer == RsvpAnswer.Delegated ? answer.Delegate?.FullName : member.FullName)} – {units.NameOf(member.UnitCode)}");
            }
        }

        if (missing.Count > 0)
        {
            lines.Add(Texts.StatsNotArrivedHeader.For(lang, missing.Count));
            lines.AddRange(missing.Take(MaxMissingShown).Select(m => Html.Escape("• " + m)));
            if (missing.Count > MaxMissingShown)
            {
                lines.Add(Texts.StatsNotArrivedMore.For(lang, missing.Count - MaxMissingShown));
            }
        }

        return lines;
    }

    /// <summary>The export's attendance column: empty before the door opens.</summary>
    public static string Presence(Turn turn, Meeting meeting, string personId, bool delegated)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        if (turn.Now < CheckInDesk.Opens(meeting))
        {
            return string.Empty;
        }

        return turn.Store.Find<Attendance>(Attendance.IdFor(meeting.Id, personId)) switch
        {
            null => Texts.PresenceAbsent.Plain(turn.Lang),
            { Kind: PresenceKind.Delegate } => Texts.PresenceDelegate.Plain(turn.Lang),
            _ when delegated => Texts.PresenceDelegate.Plain(turn.Lang),
            _ => Texts.PresencePresent.Plain(turn.Lang),
        };
    }
}
