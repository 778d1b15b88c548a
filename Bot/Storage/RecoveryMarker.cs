using Bot.Workers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>Every minute, moves the inbox's and the outbox's recovery marks (see <see cref="RecoveryMarks"/>).</summary>
public sealed class RecoveryMarker(
    Database database,
    GroupCommit group,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ExitStatus exit,
    ILogger<RecoveryMarker> logger) : CriticalService(lifetime, logger, exit)
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    public async Task MoveAsync()
    {
        await RecoveryMarks.MoveAsync(database, group, Database.InboxName, Inbox.IsUnhandled);
        await RecoveryMarks.MoveAsync(database, group, Database.OutboxName, Outbox.IsPending);
    }

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await MoveAsync();
        }
    }
}
