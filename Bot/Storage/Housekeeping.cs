using Bot.Workers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>
/// Once an hour, forgets what the bot no longer needs: handled inbox ids after two days (Telegram
/// keeps undelivered updates for one), finished outbox rows after thirty, and what
/// <see cref="RetentionSweep"/> applies (strangers' sessions, old recipient lists, audit lines).
/// </summary>
public sealed class Housekeeping(
    Inbox inbox,
    Outbox outbox,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ExitStatus exit,
    ILogger<Housekeeping> logger,
    RetentionSweep? retention = null) : CriticalService(lifetime, logger, exit)
{
    public static readonly TimeSpan InboxRetention = TimeSpan.FromDays(2);
    public static readonly TimeSpan OutboxRetention = TimeSpan.FromDays(30);

    public (int Inbox, int Outbox) RunOnce()
    {
        var now = time.GetUtcNow();
        return (inbox.DeleteHandled(now - InboxRetention), outbox.DeleteFinished(now - OutboxRetention));
    }

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            var (inboxRows, outboxRows) = RunOnce();
            if (inboxRows + outboxRows > 0)
            {
                logger.LogInformation("Housekeeping removed {Inbox} inbox and {Outbox} outbox rows", inboxRows, outboxRows);
            }

            if (retention?.RunOnce(time.GetUtcNow()) is { } swept && swept != new RetentionCounts(0, 0, 0))
            {
                logger.LogInformation(
                    "Housekeeping removed {Sessions} sessions of people who never registered, {Lists} old notice and {CampaignLists} campaign recipient lists and {Audit} audit lines",
                    swept.StrangerSessions,
                    swept.NoticeRecipientLists,
                    swept.CampaignRecipientLists,
                    swept.AuditLines);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
