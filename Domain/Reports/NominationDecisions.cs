using System.Globalization;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.Reports;

/// <summary>
/// An organizer accepts a nomination. A person who is an approved member (the one member by that
/// name in the nominee's unit, <see cref="NomineeMatch"/>) is invited: the meeting's invitation goes
/// to them, in their own queue, and they answer it like everyone. Anyone else gets a guest
/// invitation (<see cref="NomineeGuests"/>). Once the meeting has taken place nobody is invited, and
/// the organizer is told so.
/// </summary>
public sealed class NominationDecisions(UnitCatalog units) : ISignalHandler
{
    public const string InviteSignal = "report-invite";

    public string Name => InviteSignal;

    /// <summary>The organizer's press: checked here, then written in <see cref="WardReportDesk"/>'s queue, after any version a unit sends at the same moment.</summary>
    public void Accept(Turn turn, ReportAdminPress press)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(press);
        if (Find(turn.Store, press) is null)
        {
            ButtonRoute.Expired(turn);
            return;
        }

        // The version seen here goes too: a version the unit sends before the desk's turn may list the nominations in another order.
        var seen = Find(turn.Store, press)!.Value.Report.Versions.Count.ToString(CultureInfo.InvariantCulture);
        turn.Signal(WardReportDesk.Key, WardReportDesk.AcceptSignal, string.Join('|', press.Round, press.Unit, press.Index, seen));
    }

    /// <summary>
    /// In the desk's turn: where the nomination the organizer chose, at <paramref name="index"/> of
    /// the <paramref name="seen"/>th version, stands in the last version; null when it is no longer
    /// there once (removed, or named twice).
    /// </summary>
    public static string? Follow(IReadModel store, ReportAdminPress press, string seen)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(press);
        var report = store.Find<UnitReport>(UnitReport.IdFor(press.Round, press.Unit));
        if (report?.Current is not { } current || !int.TryParse(seen, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || count > report.Versions.Count || !int.TryParse(press.Index, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index >= report.Versions[count - 1].Content.Nominations.Count)
        {
            return null;
        }

        if (count == report.Versions.Count)
        {
            return press.Index;
        }

        var chosen = report.Versions[count - 1].Content.Nominations[index];
        var now = current.Content.Nominations.Select((n, i) => (n, i)).Where(x => x.n.Kind == chosen.Kind && Same(x.n.Name, chosen.Name)).ToList();
        return now.Count == 1 ? now[0].i.ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>What accepting typed as a number does: the nominee, and who is invited (which member, or a guest); null when the nomination is gone.</summary>
    public Html? Consequence(Turn turn, ReportAdminPress press)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(press);
        if (Find(turn.Store, press) is not { } found)
        {
            return null;
        }

        var nomination = found.Current.Content.Nominations[found.Index];
        var match = NomineeMatch.Find(turn.Store, units, nomination, found.Report.UnitCode);
        var meeting = ReportOutputs.MeetingOf(turn.Store, found.Round);
        var lang = turn.Lang;
        return match.Target switch
        {
            NomineeTarget.Collective => Texts.NominationWillAcceptCollective.For(lang, nomination.Name, nomination.UnitName),
            _ when Past(turn, meeting, match) => Texts.NominationWillInviteNobody.For(lang, nomination.Name, nomination.UnitName, meeting.Label),
            NomineeTarget.Member => Texts.NominationWillInviteMember.For(lang, nomination.Name, nomination.UnitName, match.Member!.FullName, units.NameOf(match.Member.UnitCode)),
            NomineeTarget.Ambiguous => Texts.NominationWillInviteAmbiguous.For(lang, nomination.Name, nomination.UnitName, match.Count),
            _ => Texts.NominationWillInviteGuest.For(lang, nomination.Name, nomination.UnitName),
        };
    }

    /// <summary>Too late to invite: a member once the meeting has begun (their card would say it took place), a guest once it has ended (as <see cref="NomineeGuests"/> decides).</summary>
    private static bool Past(Turn turn, Meeting meeting, NomineeMatch match) =>
        turn.Store.Find<Meeting>(meeting.Id) is null
        || (match.Target == NomineeTarget.Member ? meeting.IsPast(turn.Now) : Guests.Guest.Expired(meeting, turn.Now));

    /// <summary>In the desk's turn: accepts the nomination for <paramref name="by"/>, an organizer, and tells them.</summary>
    public void Accept(Turn turn, ReportAdminPress press, UserKey by)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(press);
        if (Find(turn.Store, press) is not { } found)
        {
            MemberTexts.Tell(turn, by, Texts.ButtonExpired);
            return;
        }

        var (report, current, index, round) = found;

        var nomination = current.Content.Nominations[index];
        if (nomination.Accepted)
        {
            MemberTexts.Tell(turn, by, Texts.NominationAlreadyAccepted);
            return;
        }

        var match = NomineeMatch.Find(turn.Store, units, nomination, report.UnitCode);
        var member = match.Member;
        var meeting = ReportOutputs.MeetingOf(turn.Store, round);
        string? guestId = null;
        if (match.Target == NomineeTarget.Collective)
        {
            MemberTexts.Tell(turn, by, Texts.NominationAcceptedCollective, nomination.Name);
        }
        else if (member is not null && Past(turn, meeting, match))
        {
            // The member would only read that the meeting took place: no invitation, and the organizer hears so.
            MemberTexts.Tell(turn, by, Texts.NominationAcceptedMemberMeetingPast, nomination.Name, meeting.Label);
        }
        else if (member is not null)
        {
            // The invitation is the organizer's: the member's turn checks that an organizer sent it.
            var to = UserKey.Parse(member.Id);
            turn.Changes.Signal(new InboundEnvelope($"signal:{turn.Input.Id}:{to}:{InviteSignal}:{turn.Changes.Signals.Count}", to, new SignalIn(InviteSignal, by, meeting.Id), turn.Now));
            MemberTexts.Tell(turn, by, Texts.NominationAcceptedMember, nomination.Name, meeting.Label);
        }
        else
        {
            guestId = NomineeGuests.Invite(turn, by, meeting, nomination, units.NameOf(report.UnitCode));
        }

        var accepted = nomination with { Accepted = true, AcceptedBy = by.ToString(), MemberId = member?.Id, GuestId = guestId };
        var nominations = current.Content.Nominations.Select((n, i) => i == index ? accepted : n).ToList();
        var version = current with { Content = current.Content with { Nominations = nominations } };
        turn.Changes.Put(report with { Versions = [.. report.Versions.SkipLast(1), version] });
        turn.Changes.Record(new AuditEntry(turn.Now, by, "report.nomination.accepted", report.Id, index.ToString(CultureInfo.InvariantCulture)));
    }

    private static (UnitReport Report, ReportVersion Current, int Index, ReportingRound Round)? Find(IReadModel store, ReportAdminPress press)
    {
        var report = store.Find<UnitReport>(UnitReport.IdFor(press.Round, press.Unit));
        return report?.Current is not { } current || !int.TryParse(press.Index, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index >= current.Content.Nominations.Count || store.Find<ReportingRound>(report.RoundId) is not { } round
            ? null
            : (report, current, index, round);
    }

    /// <summary>In the invited member's own turn: the meeting's invitation, with the answer buttons.</summary>
    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        if (Access.RoleOf(turn.Store, turn.Settings, signal.By) == Role.Organizer && turn.Store.Find<Meeting>(signal.Args) is { } meeting)
        {
            MeetingBoard.Show(turn, meeting);
        }
    }

    /// <summary>Keeps an organizer's acceptance when the unit sends its report again with the same nominee.</summary>
    public static ReportContent CarryOver(ReportContent content, ReportVersion? previous)
    {
        ArgumentNullException.ThrowIfNull(content);
        var accepted = previous?.Content.Nominations.Where(n => n.Accepted).ToList() ?? [];
        return content with
        {
            Nominations = content.Nominations.Select(n => accepted.FirstOrDefault(a => a.Kind == n.Kind && Same(a.Name, n.Name)) is { } a
                ? n with { Accepted = true, AcceptedBy = a.AcceptedBy, MemberId = a.MemberId, GuestId = a.GuestId, NominatedBy = NominatorOf(n, previous) }
                : n with { NominatedBy = NominatorOf(n, previous) }).ToList(),
        };
    }

    public static bool Same(string a, string b) => PersonNames.Same(a, b);

    /// <summary>The nominator: the earlier version's when it had the same nominee (its sender when stored before nominators were kept), else this version's sender.</summary>
    private static string? NominatorOf(Nomination nomination, ReportVersion? previous) =>
        previous?.Content.Nominations.FirstOrDefault(a => a.Kind == nomination.Kind && Same(a.Name, nomination.Name)) is { } earlier
            ? earlier.NominatedBy ?? previous.ConfirmedBy
            : nomination.NominatedBy;
}
