namespace Domain.Events;

public sealed record Venue(string Name, string Address, double Latitude, double Longitude);

/// <summary>
/// A conference or meeting the team is invited to. Times are stored with their offset
/// (+07:00 for Asia/Ho_Chi_Minh) and shown in the plan's style.
/// </summary>
public sealed record Meeting : IEntity
{
    /// <summary>Short and link-safe (letters, digits, _ and -), used in buttons.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required Venue Venue { get; init; }

    /// <summary>When answers close; after it an answer can no longer change.</summary>
    public required DateTimeOffset RsvpDeadline { get; init; }

    /// <summary>How many people the plan expects; more attending than this is a warning.</summary>
    public int Expected { get; init; }

    public IReadOnlyList<string> Invited { get; init; } = [];

    public IReadOnlyList<string> Contents { get; init; } = [];

    public IReadOnlyList<string> Programme { get; init; } = [];

    public bool IsPast(DateTimeOffset now) => now >= StartsAt;

    public bool AcceptsAnswers(DateTimeOffset now) => now < RsvpDeadline && !IsPast(now);
}
