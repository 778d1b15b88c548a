using System.Globalization;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;

namespace Domain.Campaigns;

/// <summary>
/// What the reminder scheduler asks of campaigns: the automatic reminder before each deadline,
/// and the monthly summary to the organizers on the first of the month (at 08:00, for the month
/// before). Each becomes a signal to the system user whose turn sends it and records a
/// <see cref="ReminderRun"/> under the schedule key in the same transaction: exactly once, also
/// across restarts.
/// </summary>
public sealed class CampaignSchedule(CampaignSummaryReport summary) : ISignalHandler
{
    public const string SignalName = "campaign.schedule";

    /// <summary>A bot that was down on the first still sends the month's summary within this time, not later.</summary>
    public static readonly TimeSpan SummaryWindow = TimeSpan.FromDays(7);

    public static readonly TimeOnly SummaryTime = new(8, 0);

    public string Name => SignalName;

    public static IEnumerable<InboundEnvelope> Due(IReadModel store, BotSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var campaign in store.All<Campaign>().Where(c => c.IsOpen(now)))
        {
            var at = CampaignReminders.DueAt(campaign, settings.Reminders);
            var key = string.Create(CultureInfo.InvariantCulture, $"{campaign.Id}|CampaignReminder|{at.UtcTicks}");
            if (at <= now && store.Find<ReminderRun>(key) is null)
            {
                yield return Signal(key, "remind", campaign.Id, now);
            }
        }

        var (key2, month, due) = SummaryDue(settings.TimeZone, now);
        if (due <= now && now < due + SummaryWindow && store.Find<ReminderRun>(key2) is null
            && MonthlySummary.InMonth(store, month.Year, month.Month, settings.TimeZone).Count > 0)
        {
            yield return Signal(key2, "summary", month.ToString("yyyy-MM", CultureInfo.InvariantCulture), now);
        }
    }

    /// <summary>The summary of the month before <paramref name="now"/>: its schedule key, the month and when it is due.</summary>
    public static (string Key, DateOnly Month, DateTimeOffset Due) SummaryDue(TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var first = new DateOnly(local.Year, local.Month, 1);
        var month = first.AddMonths(-1);
        var dueLocal = first.ToDateTime(SummaryTime);
        var due = new DateTimeOffset(dueLocal, zone.GetUtcOffset(dueLocal));
        return (string.Create(CultureInfo.InvariantCulture, $"campaign-summary|{month:yyyy-MM}"), month, due);
    }

    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        var parts = signal.Args.Split('|');
        if (turn.From != Reminders.System || signal.By != Reminders.System || parts.Length < 3)
        {
            return;
        }

        var key = string.Join('|', parts[..^2]);
        if (turn.Store.Find<ReminderRun>(key) is not null)
        {
            return;
        }

        int sent;
        switch (parts[^2])
        {
            case "remind" when turn.Store.Find<Campaign>(parts[^1]) is { } campaign:
                sent = CampaignReminders.RemindScheduled(turn, campaign);
                turn.Audit("campaign.reminder", campaign.Id, sent.ToString(CultureInfo.InvariantCulture));
                break;
            case "summary" when DateOnly.TryParseExact(parts[^1] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month):
                sent = SendSummary(turn, month);
                turn.Audit("campaign.summary.sent", parts[^1], sent.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                return;
        }

        turn.Changes.Put(new ReminderRun(key, sent, turn.Now));
    }

    private static InboundEnvelope Signal(string key, string kind, string subject, DateTimeOffset now) =>
        new($"reminder:{key}", Reminders.System, new SignalIn(SignalName, Reminders.System, $"{key}|{kind}|{subject}"), now);

    private int SendSummary(Turn turn, DateOnly month)
    {
        var result = summary.Of(turn.Store, month.Year, month.Month, turn.Settings.TimeZone);
        var organizers = Access.Organizers(turn.Store, turn.Settings);
        foreach (var organizer in organizers)
        {
            var lang = MemberTexts.LangOf(turn.Store, organizer, turn.Settings.DefaultLanguage);
            foreach (var message in summary.Messages(result, lang))
            {
                turn.Changes.Send(organizer, message, Priority.Bulk);
            }
        }

        return organizers.Count;
    }
}
