using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Workers;

/// <summary>
/// A background worker the bot cannot live without. If it fails, the whole program stops with a
/// non-zero exit code, so systemd's Restart=on-failure (or a container restart policy) brings it
/// back; a plain BackgroundService would stop the host with exit code 0.
/// </summary>
public abstract class CriticalService(IHostApplicationLifetime lifetime, ILogger logger, ExitStatus exit) : BackgroundService
{
    protected IHostApplicationLifetime Lifetime => lifetime;

    protected abstract Task RunAsync(CancellationToken stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // A normal stop.
        }
#pragma warning disable CA1031 // Every failure must become a non-zero exit, whatever its type.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (ex is StartupException)
            {
                // A setting to fix (exit 2), so systemd's RestartPreventExitStatus=2 stops retrying.
                logger.LogCritical("{Message}", ex.Message);
                exit.Fail(ExitStatus.Configuration);
            }
            else
            {
                logger.LogCritical(ex, "{Service} failed; stopping the bot", GetType().Name);
                exit.Fail(ExitStatus.Failure);
            }

            lifetime.StopApplication();
        }
    }
}

/// <summary>The exit code the program ends with: non-zero once any critical worker failed.</summary>
public sealed class ExitStatus
{
    public const int Failure = 1;
    public const int Configuration = 2;

    private int code;

    public int Code => Volatile.Read(ref code);

    public void Fail(int exitCode) => Interlocked.CompareExchange(ref code, exitCode, 0);
}
