using System.Text.Json;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.Reports;

/// <summary>
/// The one queue that appends a unit's report versions. Several people of a unit may send it at the
/// same moment and their turns run in parallel, each reading the report before the other commits:
/// so a sent report travels here in a signal, and the desk's turns, one at a time, each append to
/// what the previous one committed. No version is lost and each gets its own number. A version is
/// recorded only if it was sent before the round's deadline, by the time of the press, however
/// late the desk handles it.
/// </summary>
public sealed class WardReportDesk(UnitCatalog units) : ISignalHandler
{
    public const string SignalName = "ward-report.send";

    /// <summary>An organizer's acceptance of a nomination, written here too: it replaces the last version, which must be the last one committed.</summary>
    public const string AcceptSignal = "ward-report.accept";

    /// <summary>The queue every new version runs in.</summary>
    public static readonly UserKey Key = new("system", "ward-reports");

    public string Name => SignalName;

    /// <summary>From the reporter's turn: the content goes in the signal itself, stored with the turn, so it is appended exactly once.</summary>
    public static void Submit(Turn turn, string roundId, string unitCode, ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Signal(Key, SignalName, JsonSerializer.Serialize(new Submission(roundId, unitCode, content, turn.Input.At)));
    }

    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        if (turn.From != Key || Read(signal.Args) is not { } sent)
        {
            return;
        }

        if (turn.Store.Find<ReportingRound>(sent.RoundId) is not { } round
            || !WardReportAccess.CanReport(turn.Store, turn.Settings, signal.By, sent.UnitCode))
        {
            Refuse(turn, signal.By, sent.UnitCode);
            return;
        }

        WardReportErasures.Prune(turn);
        if (!round.IsOpen(PressedAt(turn, sent)))
        {
            TooLate(turn, signal.By, round, sent);
            return;
        }

        var id = UnitReport.IdFor(round.Id, sent.UnitCode);
        var by = signal.By.ToString();
        var report = turn.Store.Find<UnitReport>(id) ?? new UnitReport { Id = id, RoundId = round.Id, UnitCode = sent.UnitCode.ToUpperInvariant(), StartedBy = by, StartedAt = turn.Now };
        var replaced = report.Current;
        var content = WardReportErasures.Apply(turn, NominationDecisions.CarryOver(sent.Content, replaced));
        report = report with { Versions = [.. report.Versions, new ReportVersion(content, by, turn.Now)] };
        turn.Changes.Put(report);
        var lang = MemberTexts.LangOf(turn.Store, signal.By, turn.Settings.DefaultLanguage);
        MemberTexts.Tell(turn, signal.By, Texts.ReportSent, units.NameOf(sent.UnitCode), report.Versions.Count, MeetingFormat.When(round.Deadline, turn.Settings.TimeZone, lang));
        if (replaced is not null)
        {
            TellReplaced(turn, replaced, signal.By, report);
        }
    }

    /// <summary>
    /// Someone else's version no longer counts: they hear who sent the new one (both are kept),
    /// in the same turn as the version, so the message goes out exactly once. Nobody is told who
    /// no longer reports for the unit, or who erased their data.
    /// </summary>
    private void TellReplaced(Turn turn, ReportVersion replaced, UserKey by, UnitReport report)
    {
        if (replaced.ConfirmedBy == by.ToString() || !UserKey.TryParse(replaced.ConfirmedBy, out var owner)
            || !WardReportAccess.CanReport(turn.Store, turn.Settings, owner, report.UnitCode))
        {
            return;
        }

        var lang = MemberTexts.LangOf(turn.Store, owner, turn.Settings.DefaultLanguage);
        MemberTexts.Tell(turn, owner, Texts.ReportVersionReplaced, ReportOutputs.NameOf(turn.Store, by.ToString(), lang), units.NameOf(report.UnitCode), report.Versions.Count, MeetingFormat.When(replaced.ConfirmedAt, turn.Settings.TimeZone, lang));
    }

    /// <summary>
    /// When the sender pressed Send: the press's time carried in the signal, never later than the
    /// sender's turn that raised the signal (the envelope's time); a signal written before the press
    /// time was carried has only the latter.
    /// </summary>
    private static DateTimeOffset PressedAt(Turn turn, Submission sent) =>
        sent.PressedAt is { } pressed && pressed <= turn.Input.At ? pressed : turn.Input.At;

    /// <summary>Sent after the round closed: nothing is recorded, and the sender is shown what they wrote so it is not lost to them.</summary>
    private void TooLate(Turn turn, UserKey by, ReportingRound round, Submission sent)
    {
        turn.Changes.Record(new AuditEntry(turn.Now, by, "report.refused.late", UnitReport.IdFor(round.Id, sent.UnitCode), null));
        if (turn.Store.Find<Member>(by.ToString()) is not null)
        {
            var lang = MemberTexts.LangOf(turn.Store, by, turn.Settings.DefaultLanguage);
            MemberTexts.Tell(turn, by, Texts.ReportSendTooLate, units.NameOf(sent.UnitCode), MeetingFormat.When(round.Deadline, turn.Settings.TimeZone, lang), ReportText.Describe(WardReportErasures.Apply(turn, sent.Content), round.Years, lang));
        }
    }

    /// <summary>The right to report went between the press and this turn: the sender hears it, unless they are gone (erased, nobody to tell).</summary>
    private void Refuse(Turn turn, UserKey by, string unitCode)
    {
        if (turn.Store.Find<Member>(by.ToString()) is not null)
        {
            MemberTexts.Tell(turn, by, Texts.ReportSendRefused, units.NameOf(unitCode));
        }
    }

    /// <summary>The acceptances' handler: the same queue, its own signal name.</summary>
    public sealed class Acceptances(NominationDecisions decisions) : ISignalHandler
    {
        public string Name => AcceptSignal;

        public void Handle(Turn turn, SignalIn signal)
        {
            ArgumentNullException.ThrowIfNull(turn);
            ArgumentNullException.ThrowIfNull(signal);
            if (turn.From != Key || Access.RoleOf(turn.Store, turn.Settings, signal.By) != Role.Organizer)
            {
                return;
            }

            if (signal.Args.Split('|') is [var round, var unit, var index])
            {
                decisions.Accept(turn, new ReportAdminPress(ReportAdminPress.Accept, round, unit, index), signal.By);
            }
            else if (signal.Args.Split('|') is [var r, var u, var i, var seen])
            {
                var press = new ReportAdminPress(ReportAdminPress.Accept, r, u, i);
                if (NominationDecisions.Follow(turn.Store, press, seen) is { } now)
                {
                    decisions.Accept(turn, press with { Index = now }, signal.By);
                }
                else
                {
                    MemberTexts.Tell(turn, signal.By, Texts.NominationMoved);
                }
            }
        }
    }

    private static Submission? Read(string? json)
    {
        try
        {
            return json is null ? null : JsonSerializer.Deserialize<Submission>(json) is { RoundId: not null, UnitCode: not null, Content: not null } s ? s : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Submission(string RoundId, string UnitCode, ReportContent Content, DateTimeOffset? PressedAt = null);
}
