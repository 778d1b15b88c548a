
namespace Bot.Hosting;

public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Relative paths are under the program's folder.</summary>
    public string DatabasePath { get; set; } = "data/bot.db";

    /// <summary>The wards and units members choose from; relative paths are under the program's folder.</summary>
    public string UnitsFile { get; set; } = "data/units.json";

    /// <summary>Meetings put into an empty database at first start (the plan's conference).</summary>
    public string MeetingsFile { get; set; } = "data/meetings.json";

    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    public string DefaultLanguage { get; set; } = "vi";

    /// <summary>New members join without an organizer's approval.</summary>
    public bool AutoApprove { get; set; }
}

public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public string? Token { get; set; }

    /// <summary>A self-hosted Bot API server; empty for Telegram's own.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Telegram user ids of the first organizers.</summary>
    public IList<long> OrganizerIds { get; } = [];

    /// <summary>"polling" (default) or "webhook".</summary>
    public string Mode { get; set; } = "polling";

    /// <summary>The public https address Telegram posts updates to (webhook mode), ending in /telegram/webhook.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Telegram echoes it in X-Telegram-Bot-Api-Secret-Token; requests without it are refused.</summary>
    public string? WebhookSecret { get; set; }

    public bool UsesWebhook => string.Equals(Mode, "webhook", StringComparison.OrdinalIgnoreCase);

    public int PollTimeoutSeconds { get; set; } = 30;

    public int GlobalPerSecond { get; set; } = 30;

    /// <summary>Telegram's allow_paid_broadcast for broadcasts: up to PaidBroadcastPerSecond, for a fee in Stars per message.</summary>
    public bool AllowPaidBroadcast { get; set; }

    public int PaidBroadcastPerSecond { get; set; } = 1000;

    public double PerChatPerSecond { get; set; } = 1;

    public int PerChatBurst { get; set; } = 3;
}

public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>Who is typing when the console starts.</summary>
    public long UserId { get; set; } = 1001;

    /// <summary>Console user ids that are organizers.</summary>
    public IList<long> OrganizerIds { get; } = [];
}

public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Sends in flight; each keeps its slot until its outcome is stored and synced.</summary>
    public int MaxParallelSends { get; set; } = 32;

    public int MaxAttempts { get; set; } = 8;

    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a broadcast's progress message is updated (the console uses a shorter time).</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(3);
}

public sealed class HttpOptions
{
    public const string Section = "Http";

    /// <summary>
    /// Where the bot's small web server listens (Telegram mode only): the webhook, /health, and the
    /// loopback-only /admin/backup. Port 0 picks a free port.
    /// </summary>
    public string Url { get; set; } = "http://127.0.0.1:8091";
}

public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    public TimeSpan BeforeDeadline { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan DayBefore { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan HoursBefore { get; set; } = TimeSpan.FromHours(2);

    public Domain.Conversations.ReminderTimes ToTimes() => new() { BeforeDeadline = BeforeDeadline, DayBefore = DayBefore, HoursBefore = HoursBefore };
}

public sealed class ZaloOptions
{
    public const string Section = "Zalo";

    public const string DefaultBaseUrl = "https://bot-api.zaloplatforms.com";

    /// <summary>The Zalo Bot Platform token, "bot_id:access_token"; the channel runs when it is set.</summary>
    public string? Token { get; set; }

    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Zalo user ids (chat ids of private chats) of the first organizers.</summary>
    public IList<string> OrganizerIds { get; } = [];

    /// <summary>"polling" (default) or "webhook".</summary>
    public string Mode { get; set; } = "polling";

    /// <summary>The public https address Zalo posts events to (webhook mode), ending in /zalo/webhook.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Zalo echoes it in X-Bot-Api-Secret-Token; requests without it are refused.</summary>
    public string? WebhookSecret { get; set; }

    public bool UsesWebhook => string.Equals(Mode, "webhook", StringComparison.OrdinalIgnoreCase);

    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>Zalo does not publish its limits: this stays well below Telegram's.</summary>
    public int GlobalPerSecond { get; set; } = 10;

    public double PerChatPerSecond { get; set; } = 1;

    public int PerChatBurst { get; set; } = 3;

    /// <summary>
    /// How long sends to one chat must keep failing (at least three
    /// times, while sends to other chats succeed) before that person counts as unreachable on Zalo.
    /// </summary>
    public TimeSpan UnreachableAfter { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The first wait after Zalo answers 429 "Quota exceeded"; each further 429 doubles it up to <see cref="QuotaMaxWait"/>.</summary>
    public TimeSpan QuotaFirstWait { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan QuotaMaxWait { get; set; } = TimeSpan.FromMinutes(30);
}

public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>
    /// How long a round trip through the store (a small write committed and synced, then read)
    /// may take before the bot counts as stuck: /health answers 503 and systemd's watchdog is no
    /// longer fed. A healthy one takes milliseconds; a checkpoint of a full log, a few hundred.
    /// </summary>
    public TimeSpan StoreTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
