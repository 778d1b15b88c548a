using System.Security.Cryptography;
using System.Text;

namespace Domain.Discussion;

public enum CommentStatus
{
    /// <summary>Submitted (or changed by its author) and not yet reviewed.</summary>
    New,

    Seen,

    /// <summary>Kept out of the organizers' lists; the author is not told.</summary>
    Hidden,

    /// <summary>Chosen to be spoken at the conference; its place is in <see cref="SpeakingOrder"/>.</summary>
    Selected,

    Withdrawn,
}

/// <summary>One version of a comment, as its author sent it.</summary>
public sealed record CommentVersion(DateTimeOffset At, string? Topic, string Text, bool WantsToSpeak);

/// <summary>
/// A member's comment for the discussion segment of one meeting. It may carry a political opinion,
/// so only its author and the organizers ever see it. Only the author's own turns write it: an
/// organizer's review reaches it as a signal to the author's queue (see <see cref="ReviewDecisions"/>),
/// so an edit and a review can never overwrite each other.
/// </summary>
public sealed record Comment : IEntity
{
    /// <summary>Ten hex characters, short enough for button data.</summary>
    public required string Id { get; init; }

    public required string MeetingId { get; init; }

    public required string MemberId { get; init; }

    /// <summary>The author's unit when they last sent it: the comment speaks for that ward or unit.</summary>
    public required string UnitCode { get; init; }

    /// <summary>One of the meeting's content items, or null for "other".</summary>
    public string? Topic { get; init; }

    public required string Text { get; init; }

    public bool WantsToSpeak { get; init; }

    public CommentStatus Status { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset? EditedAt { get; init; }

    public string? ReviewedBy { get; init; }

    public DateTimeOffset? ReviewedAt { get; init; }

    /// <summary>When it was chosen to speak; places it in the speaking order until an organizer moves it.</summary>
    public DateTimeOffset? SelectedAt { get; init; }

    /// <summary>Every version the author sent, oldest first.</summary>
    public IReadOnlyList<CommentVersion> History { get; init; } = [];

    public bool IsActive => Status != CommentStatus.Withdrawn;

    /// <summary>A counter-free id: the same author cannot send two comments to one meeting in one instant.</summary>
    public static string NewId(string meetingId, string memberId, DateTimeOffset at) =>
        Hash($"{meetingId}|{memberId}|{at.UtcTicks}", 10);

    /// <summary>A short stand-in for a meeting id in button data (meeting ids may be 50 characters long).</summary>
    public static string MeetingKey(string meetingId) => Hash(meetingId, 8);

    private static string Hash(string text, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];
}

/// <summary>
/// The order in which selected comments are spoken, as organizers arranged it. Kept apart from the
/// comments because organizers write it and authors write their comments; a selected comment not
/// listed here yet speaks after those listed, in the order it was chosen.
/// </summary>
public sealed record SpeakingOrder(string Id, IReadOnlyList<string> CommentIds, string By, DateTimeOffset At) : IEntity;
