using Bot.Hosting;
using Bot.Operations;
using Bot.Storage;
using Bot.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Zalo;

/// <summary>The health report with Telegram and Zalo: each polling channel is watched on its own.</summary>
public sealed class HealthWithTwoChannelsTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly Database database;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 4, 20, 8, 0, 0, TimeSpan.Zero));
    private readonly ChannelActivity activity;

    public HealthWithTwoChannelsTests()
    {
        database = new Database(folder.DatabasePath, StoredEntities.Types);
        activity = new ChannelActivity(clock);
    }

    public void Dispose()
    {
        database.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void A_quiet_webhook_is_healthy()
    {
        var monitor = Monitor(telegram: null, zalo: new ZaloOptions { Token = "1:a", Mode = "webhook" });

        clock.Advance(TimeSpan.FromMinutes(30));
        var report = monitor.Report();

        Assert.Equal("ok", report.Status);
        Assert.Equal("webhook", report.Mode);
    }

    [Fact]
    public void A_stuck_Telegram_poll_shows_even_while_Zalo_polls()
    {
        var monitor = Monitor(new TelegramOptions { Token = "1:a" }, new ZaloOptions { Token = "1:a" });
        activity.Touch("telegram");
        activity.Touch("zalo");

        clock.Advance(TimeSpan.FromMinutes(3));
        activity.Touch("zalo");

        var report = monitor.Report();
        Assert.Equal("degraded", report.Status);
        Assert.Equal("telegram polling, zalo polling", report.Mode);

        activity.Touch("telegram");
        Assert.Equal("ok", monitor.Report().Status);
    }

    private HealthMonitor Monitor(TelegramOptions? telegram, ZaloOptions? zalo) =>
        new(new Inbox(database), new Outbox(database), activity, Options.Create(telegram ?? new TelegramOptions()), Options.Create(zalo ?? new ZaloOptions()), clock);
}
