namespace Domain.Campaigns;

public enum CampaignOutcome
{
    Done,
    CouldNot,
}

/// <summary>
/// One member's answer to one campaign: done, with the proof (links of their shares and/or
/// screenshots by the channel's file reference), or could not, with an optional reason. It can be
/// changed until the deadline; giving the same answer again changes nothing.
/// </summary>
public sealed record CampaignAnswer : IEntity
{
    public const int MaxLinks = 10;
    public const int MaxPhotos = 5;

    public required string Id { get; init; }

    public required string CampaignId { get; init; }

    public required string MemberId { get; init; }

    public required CampaignOutcome Outcome { get; init; }

    public IReadOnlyList<string> Links { get; init; } = [];

    public IReadOnlyList<string> Photos { get; init; } = [];

    public string? Reason { get; init; }

    public DateTimeOffset AnsweredAt { get; init; }

    /// <summary>How many times it was changed after the first answer.</summary>
    public int Changes { get; init; }

    public static string IdFor(string campaignId, string memberId) => $"{campaignId}|{memberId}";

    public bool HasProof => Links.Count > 0 || Photos.Count > 0;

    /// <summary>"Done", adding the new proof to what was given before (the same link or photo once); the same instance when nothing is new.</summary>
    public static CampaignAnswer Done(CampaignAnswer? current, string campaignId, string memberId, IEnumerable<string> links, IEnumerable<string> photos, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(photos);
        var keep = current is { Outcome: CampaignOutcome.Done };
        var allLinks = (keep ? current!.Links : []).Concat(links).Distinct(StringComparer.Ordinal).Take(MaxLinks).ToList();
        var allPhotos = (keep ? current!.Photos : []).Concat(photos).Distinct(StringComparer.Ordinal).Take(MaxPhotos).ToList();
        if (keep && allLinks.SequenceEqual(current!.Links) && allPhotos.SequenceEqual(current.Photos))
        {
            return current;
        }

        return Next(current, campaignId, memberId, at) with { Outcome = CampaignOutcome.Done, Links = allLinks, Photos = allPhotos, Reason = null };
    }

    /// <summary>"Could not"; a reason given replaces the earlier one. The same instance when nothing differs.</summary>
    public static CampaignAnswer CouldNot(CampaignAnswer? current, string campaignId, string memberId, string? reason, DateTimeOffset at)
    {
        if (current is { Outcome: CampaignOutcome.CouldNot } && (reason is null || reason == current.Reason))
        {
            return current;
        }

        return Next(current, campaignId, memberId, at) with { Outcome = CampaignOutcome.CouldNot, Links = [], Photos = [], Reason = reason };
    }

    private static CampaignAnswer Next(CampaignAnswer? current, string campaignId, string memberId, DateTimeOffset at) => new()
    {
        Id = IdFor(campaignId, memberId),
        CampaignId = campaignId,
        MemberId = memberId,
        Outcome = CampaignOutcome.Done,
        AnsweredAt = at,
        Changes = current is null ? 0 : current.Changes + 1,
    };
}
