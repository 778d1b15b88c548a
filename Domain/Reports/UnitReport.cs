namespace Domain.Reports;

public enum PagePlatform
{
    Facebook,
    ZaloOa,
    Website,
    TikTok,
    YouTube,
    Other,
}

public enum NomineeKind
{
    Collective,
    Person,
}

/// <summary>One social page or website a unit runs, with its figures for the round's years.</summary>
public sealed record ReportPage
{
    public PagePlatform Platform { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Url { get; init; } = string.Empty;

    public long Followers { get; init; }

    /// <summary>Posts in each year of the round, in the round's order.</summary>
    public IReadOnlyList<long> Posts { get; init; } = [];

    public int Admins { get; init; }

    public int Collaborators { get; init; }
}

/// <summary>A collective or person proposed for commendation.</summary>
public sealed record Nomination
{
    public NomineeKind Kind { get; init; }

    public string Name { get; init; } = string.Empty;

    public string UnitName { get; init; } = string.Empty;

    public string Achievement { get; init; } = string.Empty;

    /// <summary>Who added the nomination (a user id), kept through later versions by others; null in reports stored before it was kept (the version's sender is shown then).</summary>
    public string? NominatedBy { get; init; }

    /// <summary>Whom the member this names is: set when an organizer accepts it and the name is a member's.</summary>
    public string? MemberId { get; init; }

    /// <summary>The guest invitation made when an organizer accepted a nominee who is not a member.</summary>
    public string? GuestId { get; init; }

    public bool Accepted { get; init; }

    public string? AcceptedBy { get; init; }
}

/// <summary>What a unit reports: its pages and, for the unit as a whole, the other figures and words.</summary>
public sealed record ReportContent
{
    public IReadOnlyList<ReportPage> Pages { get; init; } = [];

    /// <summary>Public-opinion items collected and forwarded, per year of the round.</summary>
    public IReadOnlyList<long> OpinionItems { get; init; } = [];

    /// <summary>False or hostile content answered or reported.</summary>
    public long FalseContent { get; init; }

    public string Difficulties { get; init; } = string.Empty;

    public string Proposals { get; init; } = string.Empty;

    public IReadOnlyList<Nomination> Nominations { get; init; } = [];
}

/// <summary>One confirmed version of a unit's report: every one is kept, the last counts.</summary>
public sealed record ReportVersion(ReportContent Content, string ConfirmedBy, DateTimeOffset ConfirmedAt);

/// <summary>
/// A unit's report for a round: the unit's, not a person's. Written by <see cref="WardReportDesk"/>
/// when the first version is sent (a report being written lives in the reporter's conversation, see
/// <see cref="ReportDrafting"/>); every confirmed version is kept.
/// </summary>
public sealed record UnitReport : IEntity
{
    public required string Id { get; init; }

    public required string RoundId { get; init; }

    public required string UnitCode { get; init; }

    public string? StartedBy { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public IReadOnlyList<ReportVersion> Versions { get; init; } = [];

    public ReportVersion? Current => Versions.Count == 0 ? null : Versions[^1];

    public bool IsSent => Versions.Count > 0;

    public static string IdFor(string roundId, string unitCode) => $"{roundId}|{unitCode.ToUpperInvariant()}";
}

/// <summary>A member named to report for their unit, by its coordinator or an organizer.</summary>
public sealed record ReportReporter(string Id, string UnitCode, string NamedBy, DateTimeOffset NamedAt) : IEntity
{
    public static string IdFor(string unitCode, string memberId) => $"{unitCode.ToUpperInvariant()}|{memberId}";
}
