using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using Domain.Members;
using Domain.Text;

namespace Domain.CheckIn;

/// <summary>
/// Who is on the door's sign-in sheet, once each: the guests first, then each unit in the list's
/// order with its members who did not decline or came after all (or the person they send) and the
/// names its coordinator gave.
/// </summary>
public static class SignInSheets
{
    public static SignInSheet For(Turn turn, Meeting meeting, UnitCatalog units)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(units);
        var lang = turn.Lang;
        var groups = new List<SignInGroup>();
        // Who declined is left off, unless they came after all: the sheet holds everyone at the door.
        var present = turn.Store.WithIdPrefix<Attendance>(Attendance.IdFor(meeting.Id, string.Empty)).Select(a => a.PersonId).ToHashSet(StringComparer.Ordinal);
        var guests = GuestDesk.GuestsOf(turn.Store, meeting.Id).Where(g => g.Answer != RsvpAnswer.Declined || present.Contains(g.Id))
            .Select(g => g.Answer == RsvpAnswer.Delegated && g.Delegate is { } sent ? new SignInRow(sent.FullName, g.Unit, sent.Position) : new SignInRow(g.FullName, g.Unit, g.Position))
            .ToList();
        if (guests.Count > 0)
        {
            groups.Add(new SignInGroup(Texts.GuestGroup.Plain(lang), guests));
        }

        // Only what a line needs, as each record is read: with 10,000 members, the records themselves
        // (their answers' history, every member's whole profile) would all be kept until the sheet is written.
        var answers = turn.Store.WithIdPrefix<Rsvp>(Rsvp.IdFor(meeting.Id, string.Empty)).Where(a => a.EventId == meeting.Id)
            .ToDictionary(a => a.MemberId, a => (a.Answer, a.Delegate), StringComparer.Ordinal);
        var delegations = turn.Store.All<UnitDelegation>().Where(d => d.EventId == meeting.Id).ToDictionary(d => d.UnitCode, StringComparer.OrdinalIgnoreCase);
        var collation = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false);
        var byUnit = turn.Store.Scan<Member>().Where(m => m.Status == MemberStatus.Approved)
            .Select(m => (m.UnitCode, Person: Signer(m, answers.TryGetValue(m.Id, out var a) ? a : null, present.Contains(m.Id))))
            .Where(x => x.Person is not null)
            .GroupBy(x => x.UnitCode, x => x.Person!.Value, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var codes = units.All.Select(u => u.Code).Concat(byUnit.Keys.Concat(delegations.Keys).Where(k => units.Find(k) is null)).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var code in codes)
        {
            var unitName = units.NameOf(code);
            var rows = (byUnit.GetValueOrDefault(code) ?? [])
                .Select(x => new SignInRow(x.FullName, unitName, x.Position))
                .OrderBy(r => r.FullName, collation)
                .ToList();
            var named = rows.Select(r => Admission.Key(r.FullName)).ToHashSet(StringComparer.Ordinal);
            foreach (var name in delegations.GetValueOrDefault(code)?.Names ?? [])
            {
                if (named.Add(Admission.Key(name)))
                {
                    rows.Add(new SignInRow(name, unitName, string.Empty));
                }
            }

            if (rows.Count > 0)
            {
                groups.Add(new SignInGroup(unitName, rows));
            }
        }

        var columns = new[] { Texts.SheetNumber, Texts.SheetName, Texts.SheetUnit, Texts.SheetPosition, Texts.SheetSignature }.Select(c => c.Plain(lang)).ToList();
        return new SignInSheet(turn.Settings.Organization.InvitationHeading.For(lang), Texts.SheetTitle.Plain(lang), columns, groups);
    }

    /// <summary>Who signs for a member: nobody if they declined and did not come, the person they send, or themselves.</summary>
    private static (string FullName, string Position)? Signer(Member member, (RsvpAnswer Answer, Representative? Delegate)? answer, bool present) => answer switch
    {
        { Answer: RsvpAnswer.Declined } when !present => null,
        { Answer: RsvpAnswer.Delegated, Delegate: { } sent } => (sent.FullName, sent.Position),
        _ => (member.FullName, member.Position),
    };
}
