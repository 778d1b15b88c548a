using Domain.CheckIn;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Guests;

/// <summary>The guests' rows of the attendee list: their own group "Khách mời", before the units.</summary>
public static class GuestRows
{
    public static IEnumerable<AttendeeRow> For(Turn turn, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        var group = Texts.GuestGroup.Plain(turn.Lang);
        return GuestDesk.GuestsOf(turn.Store, meeting.Id).Select(g => new AttendeeRow(
            group,
            g.FullName,
            $"{g.Position}, {g.Unit}",
            MeetingReports.AnswerShort(turn.Lang, g.Answer),
            g.Reason,
            g.Delegate?.FullName,
            g.Delegate?.Position,
            PhoneRule.Shown(g.Delegate?.Phone),
            PhoneRule.Shown(g.Phone) ?? string.Empty,
            g.AnsweredAt,
            AttendanceReport.Presence(turn, meeting, g.Id, g.Answer == RsvpAnswer.Delegated)));
    }
}
