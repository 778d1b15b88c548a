using Domain.Conversations;
using Domain.Events;
using Domain.Members;

namespace Domain.Reports;

/// <summary>A round's automatic reminder that is due; its key names the round and the due time.</summary>
public sealed record DueReportReminder(string Key, string RoundId);

/// <summary>
/// The reminder before a round's deadline to the units that have not sent (the same lead time as
/// the meeting's reminder, <see cref="ReminderTimes.BeforeDeadline"/>). The shell's reminder
/// scheduler turns each due one into a signal; the signal's turn sends it and records the
/// <see cref="ReminderRun"/> in one transaction, so it goes out exactly once, across restarts too.
/// </summary>
public sealed class ReportReminders(ReportNotices notices) : ISignalHandler
{
    public const string SignalName = "report-reminder";

    public string Name => SignalName;

    public static IEnumerable<DueReportReminder> Due(IReadModel store, ReminderTimes times, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(times);
        foreach (var round in store.All<ReportingRound>())
        {
            var at = round.Deadline - times.BeforeDeadline;
            var key = $"report|{round.Id}|{at.UtcTicks}";
            if (at <= now && now < round.Deadline && at > round.OpenedAt && store.Find<ReminderRun>(key) is null)
            {
                yield return new DueReportReminder(key, round.Id);
            }
        }
    }

    public static InboundEnvelope Signal(DueReportReminder due, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(due);
        return new InboundEnvelope($"reminder:{due.Key}", Reminders.System, new SignalIn(SignalName, Reminders.System, due.Key), now);
    }

    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        var parts = signal.Args.Split('|');
        if (turn.From != Reminders.System || signal.By != Reminders.System || parts.Length != 3 || parts[0] != "report"
            || turn.Store.Find<ReminderRun>(signal.Args) is not null || turn.Store.Find<ReportingRound>(parts[1]) is not { } round || !round.IsOpen(turn.Now))
        {
            return;
        }

        var missing = round.RequiredUnits.Where(code => turn.Store.Find<UnitReport>(UnitReport.IdFor(round.Id, code)) is not { IsSent: true }).ToList();
        var reached = notices.Send(turn, round, missing, reminder: true, toAuthor: false);
        turn.Changes.Put(new ReminderRun(signal.Args, reached.Count, turn.Now));
        turn.Audit("report.reminder.sent", round.Id, $"units:{missing.Count}");
    }
}
