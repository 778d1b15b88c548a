using System.Text.Json;
using Bot.Hosting;
using Bot.Delivery;
using Bot.Pipeline;
using Bot.Storage;
using Bot.Telegram;
using Microsoft.Extensions.Options;

namespace Bot.Operations;

/// <summary>What the health check reports: overall status, storage, the channel's last sign of life, backlogs.</summary>
public sealed record HealthReport(
    string Status,
    string Mode,
    DateTimeOffset At,
    DateTimeOffset? LastActivity,
    int OutboxPending,
    int InboxUnhandled,
    string Storage)
{
    public bool IsHealthy => Status == "ok";
}

/// <summary>
/// Builds the health report from the live bot: the store by a timed round trip through it (a stuck
/// engine or disk makes the report "degraded" after <see cref="HealthOptions.StoreTimeout"/>, where
/// an untimed call would hang with it), the backlogs counted by the queues that hold them (counting
/// rows would read the whole outbox every few seconds).
/// </summary>
public sealed class HealthMonitor(
    IStoreProbe store,
    OutboxQueue sending,
    KeyedWorkQueue turns,
    ChannelActivity activity,
    IOptions<TelegramOptions> telegram,
    IOptions<ZaloOptions> zalo,
    TimeProvider time,
    IOptions<HealthOptions>? options = null)
{
    private readonly TimeSpan storeTimeout = (options?.Value ?? new HealthOptions()).StoreTimeout;

    private readonly DateTimeOffset started = time.GetUtcNow();

    // Each channel that runs: whether it polls, and how long one poll may last.
    private readonly List<(string Channel, bool Polls, int PollSeconds)> channels =
    [
        .. string.IsNullOrWhiteSpace(telegram.Value.Token) ? [] : new[] { (Telegram.UpdateMapper.Channel, !telegram.Value.UsesWebhook, telegram.Value.PollTimeoutSeconds) },
        .. string.IsNullOrWhiteSpace(zalo.Value.Token) ? [] : new[] { (Zalo.ZaloSender.ChannelName, !zalo.Value.UsesWebhook, zalo.Value.PollTimeoutSeconds) },
    ];

    /// <summary>The report, for callers that cannot await (it waits at most the store timeout).</summary>
    public HealthReport Report() => ReportAsync(CancellationToken.None).GetAwaiter().GetResult();

    public async Task<HealthReport> ReportAsync(CancellationToken cancellationToken)
    {
        var problem = await store.CheckAsync(storeTimeout, cancellationToken);
        var now = time.GetUtcNow();
        int pending = 0, unhandled = 0;
        var storage = problem is null ? "ok" : $"error: {problem}";
        if (problem is null)
        {
            pending = sending.Idle.Count;
            unhandled = turns.Idle.Count;
        }

        var status = storage == "ok" && !channels.Any(c => PollingStalled(now, c.Channel, c.Polls, c.PollSeconds)) ? "ok" : "degraded";
        return new HealthReport(status, Mode(), now, activity.Last, pending, unhandled, storage);
    }

    /// <summary>"polling" or "webhook" for one channel; "telegram polling, zalo webhook" for two.</summary>
    private string Mode() => channels.Count == 1
        ? (channels[0].Polls ? "polling" : "webhook")
        : string.Join(", ", channels.Select(c => $"{c.Channel} {(c.Polls ? "polling" : "webhook")}"));

    /// <summary>A poll returns at least every PollTimeoutSeconds; much longer silence means polling is stuck.</summary>
    private bool PollingStalled(DateTimeOffset now, string channel, bool polls, int pollSeconds) =>
        polls && (activity.LastOf(channel) ?? started) < now - TimeSpan.FromSeconds((2 * pollSeconds) + 60);
}

/// <summary>
/// The report written to a file beside the database every few seconds, so `Bot health` can answer
/// without touching the database, which the running bot owns.
/// </summary>
public static class HealthFile
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    public static string PathFor(string databasePath) => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(databasePath)!, "health.json");

    public static void Write(string path, HealthReport report)
    {
        var temp = path + ".tmp";
        OwnerOnlyFile.WriteAllText(temp, JsonSerializer.Serialize(report, Json.Options));
        File.Move(temp, path, overwrite: true);
    }

    public static HealthReport? Read(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<HealthReport>(File.ReadAllText(path), Json.Options) : null;
}
