using Domain.Events;

namespace Domain.Guests;

/// <summary>
/// A person invited by name to one meeting who is not a member of the team: a leader of another
/// body, someone to be commended. Reached only through their own invitation link; never part of
/// the team's lists or audiences.
/// </summary>
public sealed record Guest : IEntity
{
    /// <summary>"g" and the start of the invitation's hash: found from the link in one read, and reveals nothing of it.</summary>
    public required string Id { get; init; }

    public required string MeetingId { get; init; }

    public required string FullName { get; init; }

    public required string Unit { get; init; }

    public required string Position { get; init; }

    public string? Phone { get; init; }

    /// <summary>SHA-256 of the invitation secret (<see cref="SecretToken.Hash"/>).</summary>
    public required string TokenHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;

    /// <summary>The chat that opened the link first; the link opens for no other.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>When the guest agreed to the keeping of their answer and name; nothing of theirs is taken before.</summary>
    public DateTimeOffset? ConsentAt { get; init; }

    public RsvpAnswer? Answer { get; init; }

    public string? Reason { get; init; }

    public Representative? Delegate { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public static string IdFor(string tokenHash)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        return "g" + tokenHash[..15];
    }

    /// <summary>Links stop working when the meeting ends.</summary>
    public static bool Expired(Meeting meeting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return now >= meeting.Ends;
    }
}
