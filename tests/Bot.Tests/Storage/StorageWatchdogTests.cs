using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Bot.Workers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Storage;

/// <summary>A data file that stops answering stops the bot with a non-zero exit code, so it is started again.</summary>
public sealed class StorageWatchdogTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 4, 20, 8, 0, 0, TimeSpan.Zero));
    private readonly Lifetime lifetime = new();
    private readonly ExitStatus exit = new();

    public void Dispose()
    {
        lifetime.Dispose();
        folder.Dispose();
    }

    [Fact]
    public async Task A_closed_engine_stops_the_bot_with_exit_code_1_at_the_second_failed_check()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        using var watchdog = new StorageWatchdog(database, clock, lifetime, exit, NullLogger<StorageWatchdog>.Instance);
        await watchdog.StartAsync(CancellationToken.None);
        await Tick();
        Assert.Null(database.Problem());

        // What LiteDB does after an internal inconsistency: the engine closes, every call fails.
        database.Lite.Dispose();
        Assert.NotNull(database.Problem());
        await Tick();
        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);
        await Tick();

        await Eventually.True(() => lifetime.ApplicationStopping.IsCancellationRequested);
        Assert.Equal(ExitStatus.Failure, exit.Code);
    }

    [Fact]
    public async Task A_healthy_file_keeps_the_bot_running()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        using var watchdog = new StorageWatchdog(database, clock, lifetime, exit, NullLogger<StorageWatchdog>.Instance);
        await watchdog.StartAsync(CancellationToken.None);

        for (var i = 0; i < 5; i++)
        {
            await Tick();
        }

        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);
        Assert.Equal(0, exit.Code);
        await watchdog.StopAsync(CancellationToken.None);
    }

    private async Task Tick()
    {
        clock.Advance(StorageWatchdog.Every);
        // The check runs on the thread pool after the timer fires.
        await Task.Delay(100);
    }

    private sealed class Lifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => stopping.Cancel();

        public void Dispose() => stopping.Dispose();
    }
}
