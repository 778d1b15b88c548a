using Domain.Users;

namespace Domain.Notices;

public enum NoticeStatus
{
    Sending,
    Done,
    Cancelled,
}

/// <summary>
/// A broadcast: what was sent, to whom (the audit's "to whom"), by whom, and at the end how it went.
/// Its messages are tagged outbox rows, so the sender can count and cancel them.
/// </summary>
public sealed record Notice : IEntity
{
    public required string Id { get; init; }

    /// <summary>The text as members see it (HTML, the organizer's words escaped).</summary>
    public required string Text { get; init; }

    public required string Audience { get; init; }

    /// <summary>What the notice is called in lists, when its first words would not tell it apart (a reporting round's notices all open with the committee's heading).</summary>
    public string? Title { get; init; }

    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>How many recipients the list had before it was forgotten (see <see cref="WithoutRecipients"/>).</summary>
    public int? FormerRecipientCount { get; init; }

    /// <summary>The meeting whose answer buttons go with the notice, if any.</summary>
    public string? MeetingId { get; init; }

    public required string CreatedBy { get; init; }

    /// <summary>Who wrote it; none once their personal data was erased (CreatedBy is then "erased").</summary>
    public UserKey? Author() => UserKey.TryParse(CreatedBy, out var key) ? key : null;

    public DateTimeOffset CreatedAt { get; init; }

    public NoticeStatus Status { get; init; }

    public int Sent { get; init; }

    public int Failed { get; init; }

    public int Unreachable { get; init; }

    public int Cancelled { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The photo or document sent before the text, if any (the channel's file reference).</summary>
    public string? MediaId { get; init; }

    public string Tag => TagFor(Id);

    /// <summary>The attachments go under their own tag, so counts are of notices, not of messages.</summary>
    public string MediaTag => $"notice-media:{Id}";

    public static string TagFor(string id) => $"notice:{id}";

    /// <summary>How many people the notice went to, also once the list itself is forgotten.</summary>
    public int RecipientCount() => FormerRecipientCount ?? Recipients.Count;

    /// <summary>The notice after its retention period: who received it is forgotten, how many is kept.</summary>
    public Notice WithoutRecipients() => this with { FormerRecipientCount = RecipientCount(), Recipients = [] };

    public static string ProgressTagFor(string id) => $"progress:{id}";
}
