using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using Domain.Members;
using Domain.Text;

namespace Domain.CheckIn;

/// <summary>
/// Who is on the door's sign-in sheet, once each: the guests first, then each unit in the list's
/// order with its members who did not decline or came after all (or the person they send) and the
/// names its coordinator gave. The members come from the attendee list's own reading of them: with
/// 10,000 members a second reading doubled the export's allocations (docs/benchmarks.md, "Scale and memory").
/// </summary>
public static class SignInSheets
{
    /// <param name="signers">Who signs for each approved member who did not decline (<see cref="Signer"/>), in the order the members were read.</param>
    public static SignInSheet For(Turn turn, Meeting meeting, UnitCatalog units, IEnumerable<(string UnitCode, string FullName, string Position)> signers)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(signers);
        var lang = turn.Lang;
        var groups = new List<SignInGroup>();
        // Who declined is left off, unless they came after all: the sheet holds everyone at the door.
        var present = PresentAt(turn.Store, meeting);
        var guests = GuestDesk.GuestsOf(turn.Store, meeting.Id).Where(g => g.Answer != RsvpAnswer.Declined || present.Contains(g.Id))
            .Select(g => g.Answer == RsvpAnswer.Delegated && g.Delegate is { } sent ? new SignInRow(sent.FullName, g.Unit, sent.Position) : new SignInRow(g.FullName, g.Unit, g.Position))
            .ToList();
        if (guests.Count > 0)
        {
            groups.Add(new SignInGroup(Texts.GuestGroup.Plain(lang), guests));
        }

        var delegations = turn.Store.All<UnitDelegation>().Where(d => d.EventId == meeting.Id).ToDictionary(d => d.UnitCode, StringComparer.OrdinalIgnoreCase);
        var collation = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false);
        var byUnit = signers
            .GroupBy(x => x.UnitCode, x => (x.FullName, x.Position), StringComparer.OrdinalIgnoreCase)
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

    /// <summary>
    /// Who signs for an approved member: nobody if they declined and did not come, the person they
    /// send, or themselves. Taken as the member is read for the attendee list, so the export reads
    /// the members once.
    /// </summary>
    public static (string UnitCode, string FullName, string Position)? Signer(Member member, Rsvp? answer, bool present)
    {
        ArgumentNullException.ThrowIfNull(member);
        return answer switch
        {
            { Answer: RsvpAnswer.Declined } when !present => null,
            { Answer: RsvpAnswer.Delegated, Delegate: { } sent } => (member.UnitCode, sent.FullName, sent.Position),
            _ => (member.UnitCode, member.FullName, member.Position),
        };
    }

    /// <summary>The ids of everyone checked in at the meeting's door.</summary>
    public static HashSet<string> PresentAt(IReadModel store, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(meeting);
        return store.WithIdPrefix<Attendance>(Attendance.IdFor(meeting.Id, string.Empty)).Select(a => a.PersonId).ToHashSet(StringComparer.Ordinal);
    }
}
