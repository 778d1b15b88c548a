using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Reports;

public enum WardReportStatus
{
    NotStarted,
    Drafting,
    Sent,

    /// <summary>The deadline passed and the unit sent nothing.</summary>
    Missed,
}

/// <summary>A required unit and where its report stands.</summary>
public sealed record UnitReportState(string Code, string Name, WardReportStatus Status, DateTimeOffset? SentAt);

/// <summary>
/// Which units have sent their report, which are drafting and which have not started, with one
/// press to remind those that have not sent (see <see cref="ReportNotices"/>), audited.
/// </summary>
public sealed class ReportProgress(UnitCatalog units, ReportNotices notices)
{
    public static IReadOnlyList<UnitReportState> States(IReadModel store, UnitCatalog units, ReportingRound round)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(round);
        return States(store, units, round, now: null);
    }

    /// <summary>Given the time, a unit that sent nothing by a passed deadline reads as missed, not drafting.</summary>
    public static IReadOnlyList<UnitReportState> States(IReadModel store, UnitCatalog units, ReportingRound round, DateTimeOffset? now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(round);
        var closed = now is { } at && !round.IsOpen(at);
        var drafting = closed ? new HashSet<string>() : ReportDrafting.Units(store, round);
        return round.RequiredUnits.Select(code => store.Find<UnitReport>(UnitReport.IdFor(round.Id, code)) switch
        {
            { Current: { } current } => new UnitReportState(code, units.NameOf(code), WardReportStatus.Sent, current.ConfirmedAt),
            _ when closed => new UnitReportState(code, units.NameOf(code), WardReportStatus.Missed, null),
            _ when drafting.Contains(code) => new UnitReportState(code, units.NameOf(code), WardReportStatus.Drafting, null),
            _ => new UnitReportState(code, units.NameOf(code), WardReportStatus.NotStarted, null),
        }).ToList();
    }

    public void Show(Turn turn, ReportingRound round)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(round);
        var lang = turn.Lang;
        var zone = turn.Settings.TimeZone;
        var states = States(turn.Store, units, round, turn.Now);
        var lines = new List<Html> { Texts.ReportProgressHeader.For(lang, RoundNames.Label(turn.Store, round, zone, lang), MeetingFormat.When(round.Deadline, zone, lang)) };
        lines.AddRange(states.Select(s => s.Status switch
        {
            WardReportStatus.Sent => Texts.ReportUnitSent.For(lang, s.Name, MeetingFormat.When(s.SentAt!.Value, zone, lang)),
            WardReportStatus.Drafting => Texts.ReportUnitDrafting.For(lang, s.Name),
            WardReportStatus.Missed => Texts.ReportUnitMissed.For(lang, s.Name),
            _ => Texts.ReportUnitNotStarted.For(lang, s.Name),
        }));
        lines.Add(Texts.ReportProgressTotal.For(lang, states.Count(s => s.Status == WardReportStatus.Sent), states.Count));
        var rows = new List<Button[]>();
        var missing = states.Count(s => s.Status != WardReportStatus.Sent);
        if (missing > 0 && round.IsOpen(turn.Now))
        {
            rows.Add([Press(Texts.ReportRemindButton.For(lang, missing).ToPlain(), ReportAdminPress.Remind, round.Id)]);
        }

        rows.Add([Press(Texts.ReportSummaryButton.Plain(lang), ReportAdminPress.Summary, round.Id)]);
        rows.Add([Press(Texts.ReportNominationsButton.Plain(lang), ReportAdminPress.Nominations, round.Id)]);
        if (round.IsOpen(turn.Now))
        {
            rows.Add([new Button(Texts.ReportersButton.Plain(lang), new ReporterPress(ReporterPress.Units, round.Id).Encode())]);
        }
        turn.Reply(new TextOut(Html.Join("\n", lines)).WithButtons([.. rows]));
    }

    public void Remind(Turn turn, ReportingRound round)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(round);
        if (!round.IsOpen(turn.Now))
        {
            turn.Say(Texts.ReportRoundClosedForReminder);
            return;
        }

        var missing = round.RequiredUnits.Where(code => turn.Store.Find<UnitReport>(UnitReport.IdFor(round.Id, code)) is not { IsSent: true }).ToList();
        if (missing.Count == 0)
        {
            turn.Say(Texts.ReportRemindNothing);
            return;
        }

        var reached = notices.Send(turn, round, missing, reminder: true);
        var reachedUnits = reached.Select(m => m.UnitCode).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        turn.Audit("report.reminded", round.Id, $"units:{reachedUnits}");
        var without = missing.Where(code => !reached.Any(m => string.Equals(m.UnitCode, code, StringComparison.OrdinalIgnoreCase))).ToList();
        if (without.Count == 0)
        {
            turn.Say(Texts.ReportRemindSent, reached.Count, reachedUnits);
        }
        else
        {
            turn.Say(Texts.ReportRemindSentWithout, reached.Count, reachedUnits, without.Count, string.Join(", ", without.Select(units.NameOf)));
        }
    }

    /// <summary>How many required units have sent their report.</summary>
    public static int SentCount(IReadModel store, ReportingRound round)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(round);
        return round.RequiredUnits.Count(code => store.Find<UnitReport>(UnitReport.IdFor(round.Id, code)) is { IsSent: true });
    }

    private static Button Press(string label, string verb, string round) => new(label, new ReportAdminPress(verb, round).Encode());
}
