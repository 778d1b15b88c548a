using Bot.Workers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>
/// Stops the bot with a non-zero exit code when the data file stops answering, so the service
/// manager starts it again. LiteDB 5 closes its engine for good after an internal inconsistency
/// (a known race in its page cache between reading threads, seen here under load) or a disk error;
/// without this the bot would go on polling and answer nothing. Nothing is lost by the restart: an
/// update is confirmed to Telegram only after it is stored, and a start handles what is left.
/// Each check is a timed round trip (<see cref="StoreProbe"/>), so an engine that hangs rather than
/// fails stops the bot too, also where no systemd watchdog watches (a container).
/// </summary>
public sealed class StorageWatchdog(
    Database database,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ExitStatus exit,
    ILogger<StorageWatchdog> logger,
    StoreProbe? probe = null,
    TimeSpan? timeout = null) : CriticalService(lifetime, logger, exit)
{
    private readonly StoreProbe store = probe ?? new StoreProbe(database, time);
    private readonly TimeSpan limit = timeout ?? DefaultTimeout;

    /// <summary>How long one check may take before it counts as failed (Health:StoreTimeout sets it).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan Every = TimeSpan.FromSeconds(15);

    /// <summary>Failed checks in a row before stopping: one may be a lock held too long.</summary>
    public const int FailuresBeforeStop = 2;

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        var failures = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var problem = await store.CheckAsync(limit, stoppingToken);
            failures = problem is null ? 0 : failures + 1;
            if (failures >= FailuresBeforeStop)
            {
                throw new StorageFailedException($"The data file stopped answering: {problem}");
            }
        }
    }
}

/// <summary>The data file failed in a way only a restart repairs.</summary>
public sealed class StorageFailedException(string message) : Exception(message);
