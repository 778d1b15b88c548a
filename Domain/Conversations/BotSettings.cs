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
}
