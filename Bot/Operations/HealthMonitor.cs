using System.Text.Json;
using Bot.Hosting;
using Bot.Storage;
using Bot.Telegram;
using LiteException = LiteDB.LiteException;
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

/// <summary>Builds the health report from the live bot.</summary>
public sealed class HealthMonitor(Inbox inbox, Outbox outbox, ChannelActivity activity, IOptions<TelegramOptions> telegram, TimeProvider time)
{
    private readonly DateTimeOffset started = time.GetUtcNow();

    public HealthReport Report()
    {
        var now = time.GetUtcNow();
        int pending = 0, unhandled = 0;
        string storage;
        try
        {
            pending = outbox.PendingCount();
            unhandled = inbox.UnhandledCount();
            storage = "ok";
        }
        catch (LiteException ex)
        {
            storage = $"error: {ex.Message}";
        }

        var mode = telegram.Value.UsesWebhook ? "webhook" : "polling";
        var status = storage == "ok" && !PollingStalled(now, mode) ? "ok" : "degraded";
        return new HealthReport(status, mode, now, activity.Last, pending, unhandled, storage);
    }

    /// <summary>A poll returns at least every PollTimeoutSeconds; much longer silence means polling is stuck.</summary>
    private bool PollingStalled(DateTimeOffset now, string mode)
    {
        if (mode != "polling")
        {
            return false;
        }

        var limit = TimeSpan.FromSeconds((2 * telegram.Value.PollTimeoutSeconds) + 60);
        return (activity.Last ?? started) < now - limit;
    }
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
        File.WriteAllText(temp, JsonSerializer.Serialize(report, Json.Options));
        File.Move(temp, path, overwrite: true);
    }

    public static HealthReport? Read(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<HealthReport>(File.ReadAllText(path), Json.Options) : null;
}
