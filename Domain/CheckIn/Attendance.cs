namespace Domain.CheckIn;

public enum PresenceKind
{
    Member,
    Delegate,
    Guest,
}

public enum CheckInWay
{
    Code,
    Link,
    Hand,
    Invitation,
}

/// <summary>
/// Someone at the door of a meeting, once: a member, the person a member sent, or a guest.
/// <paramref name="PersonId"/> is the member's id (a delegate is recorded under the member who sent
/// them) or the guest's record id.
/// </summary>
public sealed record Attendance : IEntity
{
    public required string Id { get; init; }

    public required string MeetingId { get; init; }

    public required string PersonId { get; init; }

    public required PresenceKind Kind { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>Who recorded it: the person themselves, or the organizer who checked them in by hand.</summary>
    public string By { get; init; } = string.Empty;

    public CheckInWay Way { get; init; }

    public static string IdFor(string meetingId, string personId) => $"{meetingId}|{personId}";
}
