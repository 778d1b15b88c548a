using Bot.Hosting;
using Bot.Delivery;
using Bot.Operations;
using Bot.Pipeline;
using Bot.Storage;
using Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
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
    private readonly KeyedWorkQueue turns = new(2, NullLogger<KeyedWorkQueue>.Instance);

    public HealthWithTwoChannelsTests()
    {
        database = new Database(folder.DatabasePath, StoredEntities.Types);
        activity = new ChannelActivity(clock);
    }

    public void Dispose()
    {
        turns.Dispose();
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

    [Fact]
    public async Task The_backlogs_are_what_the_queues_hold()
    {
        var sending = new OutboxQueue();
        var monitor = new HealthMonitor(new StoreProbe(database, clock), sending, turns, activity, Options.Create(new TelegramOptions()), Options.Create(new ZaloOptions()), clock);
        var to = new Domain.Users.UserKey("telegram", "7");
        sending.Add(new long[] { 1, 2, 3 }.Select(id => new OutboxItem(id, to, Domain.Conversations.Priority.Interactive, new Domain.Conversations.TextOut(new Domain.Text.Html("chào")), 0)));
        var release = new TaskCompletionSource();
        turns.Enqueue("telegram:7", () => release.Task);
        turns.Enqueue("telegram:7", () => Task.CompletedTask);

        var busy = monitor.Report();
        Assert.Equal((3, 2), (busy.OutboxPending, busy.InboxUnhandled));

        sending.Done(sending.TryTake(clock.GetUtcNow(), out _)!, OutboxStatus.Sent);
        release.SetResult();
        await turns.Idle.WhenIdle();
        var later = monitor.Report();
        Assert.Equal((2, 0), (later.OutboxPending, later.InboxUnhandled));
        Assert.Equal("ok", later.Storage);
    }

    private HealthMonitor Monitor(TelegramOptions? telegram, ZaloOptions? zalo) =>
        new(new StoreProbe(database, clock), new OutboxQueue(), turns, activity, Options.Create(telegram ?? new TelegramOptions()), Options.Create(zalo ?? new ZaloOptions()), clock);
}
