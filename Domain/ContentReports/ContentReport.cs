namespace Domain.ContentReports;

/// <summary>Where an organizer has taken a report. The last three close it.</summary>
public enum ReportStatus
{
    New,

    /// <summary>"Tiếp nhận": an organizer is looking into it.</summary>
    InProgress,

    /// <summary>"Không cần xử lý".</summary>
    NoAction,

    /// <summary>"Đã chuyển cơ quan chức năng".</summary>
    Forwarded,

    /// <summary>"Đã có bài phản bác".</summary>
    Rebutted,
}

/// <summary>The platform a piece of content was seen on.</summary>
public enum ReportPlatform
{
    Facebook,
    Zalo,
    TikTok,
    YouTube,
    Website,
    Other,
}

/// <summary>
/// A member's report of false or hostile content seen online. Sensitive: only organizers and its
/// reporter ever see it. Every write happens in one queue, the report desk's
/// (<see cref="ReportDesk.Key"/>), so numbers are allocated one after the other and a status change
/// never overwrites a new duplicate's count. An erased reporter leaves the content behind with
/// <see cref="ReporterId"/> set to <c>erased</c>.
/// </summary>
public sealed record ContentReport : IEntity
{
    /// <summary>The reference number, "PA-0042".</summary>
    public required string Id { get; init; }

    public required int Number { get; init; }

    public required string ReporterId { get; init; }

    /// <summary>The link as the member gave it (checked: an http or https address).</summary>
    public string? Link { get; init; }

    /// <summary>The link normalised (see <see cref="ReportLink.Normalise"/>): reports of one post share it.</summary>
    public string? LinkKey { get; init; }

    /// <summary>The channel's references to the screenshots (Telegram file ids, Zalo photo addresses).</summary>
    public IReadOnlyList<string> Photos { get; init; } = [];

    public required ReportPlatform Platform { get; init; }

    public required string Description { get; init; }

    /// <summary>Where it circulates (a ward, a group), when the member said.</summary>
    public string? Place { get; init; }

    public ReportStatus Status { get; init; }

    /// <summary>The organizers' note to the reporter with the last status change.</summary>
    public string? Note { get; init; }

    /// <summary>The first open report of the same link, when this one repeats it.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>On the first report of a link: how many reports its group holds, itself included.</summary>
    public int Reports { get; init; } = 1;

    public DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public bool IsClosed => ReportStatuses.IsClosed(Status);

    public bool IsDuplicate => DuplicateOf is not null;
}

/// <summary>The last reference number given; written only in the report desk's queue.</summary>
public sealed record ReportCounter(string Id, int Last) : IEntity
{
    public const string Key = "content-reports";
}

public static class ReportStatuses
{
    public static bool IsClosed(ReportStatus status) => status is ReportStatus.NoAction or ReportStatus.Forwarded or ReportStatus.Rebutted;

    /// <summary>Whether an organizer may move a report from one status to another: forward only, and a closed report stays closed.</summary>
    public static bool CanMove(ReportStatus from, ReportStatus to) =>
        to != ReportStatus.New && !IsClosed(from) && !(from == ReportStatus.InProgress && to == ReportStatus.InProgress);

    /// <summary>The one-letter code a status has in button data and signals.</summary>
    public static char Code(ReportStatus status) => status switch
    {
        ReportStatus.New => 'n',
        ReportStatus.InProgress => 'p',
        ReportStatus.NoAction => 'x',
        ReportStatus.Forwarded => 'f',
        _ => 'r',
    };

    public static ReportStatus? FromCode(string? code) => code switch
    {
        "n" => ReportStatus.New,
        "p" => ReportStatus.InProgress,
        "x" => ReportStatus.NoAction,
        "f" => ReportStatus.Forwarded,
        "r" => ReportStatus.Rebutted,
        _ => null,
    };
}
