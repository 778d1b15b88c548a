using Bot.Hosting;
using Bot.Workers;
using Domain;
using Domain.Conversations;
using Domain.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Pipeline;

/// <summary>
/// Every half minute, turns the reminders that are due into stored signals. The inbox's unique
/// ids and the reminder's own record keep each reminder to one run, across restarts too.
/// </summary>
public sealed class ReminderScheduler(
    IReadModel store,
    UpdatePipeline pipeline,
    BotSettings settings,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ExitStatus exit,
    ILogger<ReminderScheduler> logger) : CriticalService(lifetime, logger, exit)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    public int RunOnce()
    {
        var now = time.GetUtcNow();
        return Reminders.Due(store, settings.Reminders, now).Count(due => pipeline.Accept(Reminders.Signal(due, now)))
            + Domain.Campaigns.CampaignSchedule.Due(store, settings, now).Count(pipeline.Accept);
    }

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            var queued = RunOnce();
            if (queued > 0)
            {
                logger.LogInformation("Queued {Count} reminders", queued);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
