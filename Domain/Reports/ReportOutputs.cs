using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.Reports;

/// <summary>
/// "📊 Tổng hợp": the district table as XLSX and CSV, the chart (a photo on Telegram, a named file
/// elsewhere) and the draft report as DOCX; and the nominations as XLSX. Organizers only.
/// </summary>
public sealed class ReportOutputs(UnitCatalog units, IReportFiles files)
{
    public void Summary(Turn turn, ReportingRound round)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(round);
        var meeting = MeetingOf(turn.Store, round);
        var summary = ReportSummary.Build(round, turn.Store.WithIdPrefix<UnitReport>(round.Id + "|"), units);
        var zone = turn.Settings.TimeZone;
        var stem = $"{RoundNames.FileStem(turn.Store, round, zone)}-bao-cao";
        var lang = turn.Lang;
        var label = RoundNames.Label(turn.Store, round, zone, lang);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(turn.Now, zone).DateTime);
        turn.Reply(new DocumentOut($"{stem}.xlsx", files.SummaryXlsx(summary, meeting), Texts.ReportFilesCaption.For(lang, label, summary.ReportedCount, summary.Units.Count)));
        turn.Reply(new DocumentOut($"{stem}.csv", files.SummaryCsv(summary)));
        turn.Reply(new PhotoOut(files.Chart(summary, label), $"{stem}-bieu-do.png", Texts.ReportChartCaption.For(lang)));
        turn.Reply(new DocumentOut($"{stem}-du-thao.docx", files.DraftDocx(summary, meeting, turn.Settings.Organization, Nominations(turn.Store, round, lang), today), Texts.ReportDraftCaption.For(lang)));
        turn.Audit("report.summary", round.Id);
    }

    public void Nominations(Turn turn, ReportingRound round)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(round);
        var meeting = MeetingOf(turn.Store, round);
        var lang = turn.Lang;
        var listed = Listed(turn.Store, round).ToList();
        var lines = listed.Select((x, i) => Line(x.Report, x.Nomination, i + 1, lang));
        var body = listed.Count == 0 ? Texts.NoNominations.For(lang) : Html.Join("\n", lines);
        var buttons = listed.Select((x, i) => (x, i)).Where(p => !p.x.Nomination.Accepted)
            .Select(p => new Button(Texts.NominationAccept.For(lang, p.i + 1).ToPlain(), new ReportAdminPress(ReportAdminPress.Accept, round.Id, p.x.Report.UnitCode, p.x.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Encode()));
        var label = RoundNames.Label(turn.Store, round, turn.Settings.TimeZone, lang);
        turn.Say(Texts.NominationsHeader, buttons, label, body);
        turn.Reply(new DocumentOut($"{RoundNames.FileStem(turn.Store, round, turn.Settings.TimeZone)}-de-xuat-khen-thuong.xlsx", files.NominationsXlsx(Nominations(turn.Store, round, lang), meeting), Texts.NominationsFileCaption.For(lang, label)));
        turn.Audit("report.nominations", round.Id);
    }

    /// <summary>
    /// "2. Trần Văn Minh (Phường 5; Phường 8 đề xuất) – Cá nhân: …": the nominee's unit as the file's
    /// "Đơn vị" column has it, and the proposing unit beside it when that is another.
    /// </summary>
    private Html Line(UnitReport report, Nomination nomination, int number, Lang lang)
    {
        // The mark brings its own space, so an unmarked line has no double space.
        var mark = nomination.Accepted ? Texts.NominationAcceptedMark.Plain(lang) + " " : string.Empty;
        var proposer = units.NameOf(report.UnitCode);
        var kind = ReportText.KindName(nomination.Kind).Plain(lang);
        var own = nomination.UnitName.Trim();
        return own.Length == 0 || string.Equals(own, proposer, StringComparison.OrdinalIgnoreCase)
            ? Texts.NominationAdminLine.For(lang, number, mark, nomination.Name, proposer, kind, nomination.Achievement)
            : Texts.NominationAdminLineOtherUnit.For(lang, number, mark, nomination.Name, own, proposer, kind, nomination.Achievement);
    }

    /// <summary>Every nomination of the round's sent reports, in the units' order, with the name of the person who nominated.</summary>
    public IReadOnlyList<NominationRow> Nominations(IReadModel store, ReportingRound round, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Listed(store, round).Select(x => new NominationRow(
            ReportText.KindName(x.Nomination.Kind).Plain(lang),
            x.Nomination.Name,
            x.Nomination.UnitName,
            units.NameOf(x.Report.UnitCode),
            x.Nomination.Achievement,
            // Reports stored before nominators were kept name the version's sender, as they always did.
            NameOf(store, x.Nomination.NominatedBy ?? x.Report.Current!.ConfirmedBy, lang),
            x.Nomination.Accepted)).ToList();
    }

    /// <summary>A person's name for a file: "(đã xóa)" once they erased their data.</summary>
    public static string NameOf(IReadModel store, string userId, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(store);
        return userId == PersonalDataEraser.Erased ? Texts.ErasedName.Plain(lang) : store.Find<Member>(userId)?.FullName ?? Texts.ErasedName.Plain(lang);
    }

    public static Meeting MeetingOf(IReadModel store, ReportingRound round)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(round);
        return store.Find<Meeting>(round.MeetingId) ?? new Meeting
        {
            Id = round.MeetingId,
            Title = round.MeetingId,
            StartsAt = round.Deadline,
            RsvpDeadline = round.Deadline,
            Venue = new Venue(string.Empty, string.Empty, 0, 0),
        };
    }

    public IEnumerable<(UnitReport Report, Nomination Nomination, int Index)> Listed(IReadModel store, ReportingRound round)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(round);
        var order = units.All.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        return store.WithIdPrefix<UnitReport>(round.Id + "|")
            .Where(r => r.Current is not null)
            .OrderBy(r => order.GetValueOrDefault(r.UnitCode, int.MaxValue))
            .SelectMany(r => r.Current!.Content.Nominations.Select((n, i) => (r, n, i)));
    }

    /// <summary>Whose the press is, for a nomination's acceptance: the user the invitation goes to.</summary>
    public static UserKey Key(Member member) => UserKey.Parse(member.Id);
}
