using Bot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Operations;

/// <summary>Writes the health report to its file every few seconds while the bot runs.</summary>
public sealed class HealthReporter(HealthMonitor monitor, DataFile data, TimeProvider time, ILogger<HealthReporter> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var path = HealthFile.PathFor(data.Path);
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                HealthFile.Write(path, await monitor.ReportAsync(stoppingToken));
            }
            catch (IOException ex)
            {
                // A missing report is itself the signal; the bot keeps serving.
                logger.LogWarning("Could not write the health report: {Error}", ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>A stopped bot leaves no report behind, so `health` says so at once.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        File.Delete(HealthFile.PathFor(data.Path));
    }
}
