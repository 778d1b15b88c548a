using Domain.Text;
using Domain.Users;

namespace Domain.Conversations;

/// <summary>The configuration the core needs, already validated by the shell.</summary>
public sealed record BotSettings
{
    public IReadOnlySet<UserKey> Organizers { get; init; } = new HashSet<UserKey>();

    public Lang DefaultLanguage { get; init; } = Lang.Vi;

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public bool AutoApprove { get; init; }

    public ReminderTimes Reminders { get; init; } = new();

    /// <summary>The committee's names, from its profile.</summary>
    public Organization Organization { get; init; } = new();

    /// <summary>Links that open the bot (its Telegram username, once known).</summary>
    public ChannelLinks Links { get; init; } = new();
}

/// <summary>
/// When reminders go out: to members who have not answered, this long before the deadline; to
/// those attending (or sending someone), these two lengths of time before the start.
/// </summary>
public sealed record ReminderTimes
{
    public TimeSpan BeforeDeadline { get; init; } = TimeSpan.FromDays(1);

    public TimeSpan DayBefore { get; init; } = TimeSpan.FromDays(1);

    public TimeSpan HoursBefore { get; init; } = TimeSpan.FromHours(2);
}
