using Domain.Events;

namespace Domain.CheckIn;

/// <summary>
/// The door of one meeting: the secret of the QR link and the 6-character code under it, both
/// stored hashed. Rotating replaces both, so a photographed code stops working.
/// </summary>
public sealed record CheckInDesk : IEntity
{
    /// <summary>The meeting's id: one desk per meeting.</summary>
    public required string Id { get; init; }

    public required string LinkHash { get; init; }

    public required string CodeHash { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public string OpenedBy { get; init; } = string.Empty;

    public int Version { get; init; } = 1;

    /// <summary>From an hour before the start until the end.</summary>
    public static readonly TimeSpan OpensBefore = TimeSpan.FromHours(1);

    public static DateTimeOffset Opens(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting.StartsAt - OpensBefore;
    }

    public static bool IsOpen(Meeting meeting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return now >= Opens(meeting) && now < meeting.Ends;
    }
}
