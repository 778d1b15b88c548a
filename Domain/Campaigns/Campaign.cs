namespace Domain.Campaigns;

/// <summary>
/// A campaign: an official post or text members share, what they are asked to do, to whom it went
/// and until when. It goes out as a broadcast (<see cref="Notices.Notice"/> with the same id), so
/// the sender paces it and the organizer sees its progress like any notice.
/// </summary>
public sealed record Campaign : IEntity
{
    public required string Id { get; init; }

    /// <summary>Plain text, as typed; escaped wherever it is put into a message.</summary>
    public required string Title { get; init; }

    /// <summary>The text to share (HTML, the organizer's words escaped); empty when only a link is given.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The official post's address, checked (see <see cref="Text.WebLink"/>).</summary>
    public string? Link { get; init; }

    /// <summary>The channel's reference to the picture sent with it, if any.</summary>
    public string? PictureId { get; init; }

    /// <summary>What members should do, in the organizer's words (HTML-escaped).</summary>
    public required string Action { get; init; }

    /// <summary>The audience as stored for <see cref="Notices.Audience"/>: "all", "units:…", "group:…".</summary>
    public required string AudienceSpec { get; init; }

    /// <summary>The audience in words, as it was when sent.</summary>
    public required string AudienceText { get; init; }

    /// <summary>The members it went to (person keys); the arithmetic counts against this list.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>
    /// The answers per unit when the recipient list was forgotten (see <see cref="WithoutRecipients"/>);
    /// null while the list is kept.
    /// </summary>
    public IReadOnlyList<CampaignTally>? FormerTallies { get; init; }

    public DateTimeOffset Deadline { get; init; }

    public bool ProofRequired { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool IsOpen(DateTimeOffset now) => now < Deadline;

    public bool WentTo(string memberId) => Recipients.Contains(memberId, StringComparer.Ordinal);

    /// <summary>True once retention has forgotten who it went to; its counts stay in <see cref="FormerTallies"/>.</summary>
    public bool RecipientsForgotten => FormerTallies is not null;

    public int RecipientCount() => FormerTallies?.Sum(t => t.Recipients) ?? Recipients.Count;

    /// <summary>
    /// The campaign after its retention period: who received it is forgotten, the answers per unit
    /// (given by <paramref name="tallies"/>, counted while the list was still there) are kept.
    /// </summary>
    public Campaign WithoutRecipients(IReadOnlyList<CampaignTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        return RecipientsForgotten ? this : this with { FormerTallies = tallies, Recipients = [] };
    }
}
