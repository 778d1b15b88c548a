using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.Reports;

/// <summary>
/// Naming a unit's reporters: an organizer (for any unit of a round, from its progress) or the
/// unit's coordinator (from /baocao) names an approved member of the unit, who then receives
/// "📝 Gửi báo cáo"; a named reporter can be removed. Coordinators report by their role and are
/// not named here. Audited without any figure.
/// </summary>
public sealed class ReporterNaming(UnitCatalog units) : IButtonHandler<ReporterPress>, IConfirmWhenTyped<ReporterPress>
{
    public const int MaxCandidates = 40;

    public void Handle(Turn turn, ReporterPress button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (turn.Store.Find<ReportingRound>(button.Round) is not { } round || (button.Verb != ReporterPress.Units && !round.Requires(button.Unit)))
        {
            Stale(turn, Texts.ButtonExpired);
            return;
        }

        var allowed = button.Verb == ReporterPress.Units ? turn.IsOrganizer() : WardReportAccess.CanName(turn, button.Unit);
        if (!allowed)
        {
            Stale(turn, Texts.NotAllowed);
            return;
        }

        if (!round.IsOpen(turn.Now))
        {
            turn.Acknowledge(Texts.ButtonExpired);
            turn.Say(Texts.ReportClosed, MeetingFormat.When(round.Deadline, turn.Settings.TimeZone, turn.Lang));
            return;
        }

        var unit = units.Find(button.Unit)?.Code ?? button.Unit;
        switch (button.Verb)
        {
            case ReporterPress.Units: AskUnit(turn, round); break;
            case ReporterPress.Show: Show(turn, round, unit); break;
            case ReporterPress.Choose: Choose(turn, round, unit); break;
            case ReporterPress.Name: NameOne(turn, round, unit, button.Member); break;
            default: RemoveOne(turn, round, unit, button.Member); break;
        }
    }

    /// <summary>Naming or removing someone typed as a number first says whom.</summary>
    public Html? Consequence(Turn turn, ReporterPress button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        var name = turn.Store.Find<Member>(button.Member)?.FullName ?? button.Member;
        return button.Verb switch
        {
            ReporterPress.Name => Texts.ReporterNameConsequence.For(turn.Lang, name, units.NameOf(button.Unit)),
            ReporterPress.Remove => Texts.ReporterRemoveConsequence.For(turn.Lang, name, units.NameOf(button.Unit)),
            _ => null,
        };
    }

    /// <summary>The button that opens a unit's reporters, for the screens that offer it.</summary>
    public static Button ShowButton(Lang lang, string roundId, string unitCode) =>
        new(Texts.ReportersButton.Plain(lang), new ReporterPress(ReporterPress.Show, roundId, unitCode).Encode());

    private void AskUnit(Turn turn, ReportingRound round)
    {
        var rows = round.RequiredUnits
            .Select(code => new Button(units.NameOf(code), new ReporterPress(ReporterPress.Show, round.Id, code).Encode()))
            .Chunk(2)
            .ToArray();
        turn.Reply(new TextOut(Texts.ReportersChooseUnit.For(turn.Lang, RoundNames.Label(turn.Store, round, turn.Settings.TimeZone, turn.Lang))).WithButtons(rows));
    }

    private void Show(Turn turn, ReportingRound round, string unit)
    {
        var lang = turn.Lang;
        var named = Named(turn.Store, unit);
        var coordinators = WardReportAccess.Reporters(turn.Store, turn.Settings, unit).Where(m => named.All(n => n.Id != m.Id)).ToList();
        var none = Texts.ReportersNone.Plain(lang);
        var text = Texts.ReportersScreen.For(
            lang,
            units.NameOf(unit),
            RoundNames.Label(turn.Store, round, turn.Settings.TimeZone, lang),
            coordinators.Count == 0 ? none : string.Join(", ", coordinators.Select(m => m.FullName)),
            named.Count == 0 ? none : string.Join(", ", named.Select(m => m.FullName)));
        var rows = new List<Button[]> { new[] { new Button(Texts.ReporterAddButton.Plain(lang), new ReporterPress(ReporterPress.Choose, round.Id, unit).Encode()) } };
        rows.AddRange(named.Select(m => new[] { new Button(Texts.ReporterRemoveButton.For(lang, m.FullName).ToPlain(), new ReporterPress(ReporterPress.Remove, round.Id, unit, m.Id).Encode()) }));
        turn.Reply(new TextOut(text).WithButtons([.. rows]));
    }

    private void Choose(Turn turn, ReportingRound round, string unit)
    {
        var lang = turn.Lang;
        var reporters = WardReportAccess.Reporters(turn.Store, turn.Settings, unit).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var candidates = Approved(turn.Store, unit).Where(m => !reporters.Contains(m.Id)).OrderBy(m => m.FullName, StringComparer.Ordinal).Take(MaxCandidates).ToList();
        var back = new Button(Texts.RoundBack.Plain(lang), new ReporterPress(ReporterPress.Show, round.Id, unit).Encode());
        if (candidates.Count == 0)
        {
            turn.Say(Texts.ReportersNoCandidate, [back], units.NameOf(unit));
            return;
        }

        var rows = candidates.Select(m => new[] { new Button(m.FullName, new ReporterPress(ReporterPress.Name, round.Id, unit, m.Id).Encode()) }).Append([back]).ToArray();
        turn.Reply(new TextOut(Texts.ReportersChooseMember.For(lang, units.NameOf(unit))).WithButtons(rows));
    }

    private void NameOne(Turn turn, ReportingRound round, string unit, string memberId)
    {
        if (turn.Store.Find<Member>(memberId) is not { Status: MemberStatus.Approved } member || !string.Equals(member.UnitCode, unit, StringComparison.OrdinalIgnoreCase))
        {
            Stale(turn, Texts.ReporterNotInUnit);
            return;
        }

        var id = ReportReporter.IdFor(unit, member.Id);
        if (WardReportAccess.Reporters(turn.Store, turn.Settings, unit).Any(m => m.Id == member.Id))
        {
            turn.Say(Texts.ReporterAlreadyNamed, member.FullName, units.NameOf(unit));
            return;
        }

        turn.Changes.Put(new ReportReporter(id, unit.ToUpperInvariant(), turn.From.ToString(), turn.Now));
        turn.Audit("report.reporter.named", id, round.Id);
        var user = UserKey.Parse(member.Id);
        var lang = MemberTexts.LangOf(turn.Store, user, turn.Settings.DefaultLanguage);
        var notice = Texts.ReporterNamedNotice.For(lang, units.NameOf(unit), RoundNames.Label(turn.Store, round, turn.Settings.TimeZone, lang), MeetingFormat.When(round.Deadline, turn.Settings.TimeZone, lang));
        turn.Changes.Send(user, new TextOut(notice).WithButtons([new Button(Texts.ReportButton.Plain(lang), new ReportStart(round.Id).Encode())]));
        turn.Say(Texts.ReporterNamed, member.FullName, units.NameOf(unit));
    }

    private void RemoveOne(Turn turn, ReportingRound round, string unit, string memberId)
    {
        var id = ReportReporter.IdFor(unit, memberId);
        if (turn.Store.Find<ReportReporter>(id) is null)
        {
            Stale(turn, Texts.ButtonExpired);
            return;
        }

        var name = turn.Store.Find<Member>(memberId)?.FullName ?? Texts.ErasedName.Plain(turn.Lang);
        turn.Changes.Delete<ReportReporter>(id);
        turn.Audit("report.reporter.removed", id, round.Id);
        if (turn.Store.Find<Member>(memberId) is not null && UserKey.TryParse(memberId, out var user))
        {
            var lang = MemberTexts.LangOf(turn.Store, user, turn.Settings.DefaultLanguage);
            turn.Changes.Send(user, new TextOut(Texts.ReporterRemovedNotice.For(lang, units.NameOf(unit))));
        }

        turn.Say(Texts.ReporterRemoved, name, units.NameOf(unit));
    }

    private static List<Member> Named(IReadModel store, string unit) =>
        store.WithIdPrefix<ReportReporter>(unit.ToUpperInvariant() + "|")
            .Select(r => store.Find<Member>(r.Id[(r.Id.IndexOf('|', StringComparison.Ordinal) + 1)..]))
            .OfType<Member>()
            .Where(m => m.Status == MemberStatus.Approved && string.Equals(m.UnitCode, unit, StringComparison.OrdinalIgnoreCase))
            .ToList();

    private static IEnumerable<Member> Approved(IReadModel store, string unit) =>
        store.All<Member>().Where(m => m.Status == MemberStatus.Approved && string.Equals(m.UnitCode, unit, StringComparison.OrdinalIgnoreCase));

    private static void Stale(Turn turn, Msg text)
    {
        turn.Acknowledge(text);
        turn.Say(text);
    }
}
