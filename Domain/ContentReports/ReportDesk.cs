using Domain.Users;

namespace Domain.ContentReports;

/// <summary>A report just filed, with the first report of its link when it repeats one.</summary>
public sealed record Filing(ContentReport Report, ContentReport? Group, ReportCounter Counter);

public enum DecisionOutcome
{
    Changed,
    Unchanged,
    Closed,
    NotFound,
}

/// <summary>A status change: every report of the group it changed (the first report first).</summary>
public sealed record Decision(DecisionOutcome Outcome, ContentReport? Group, IReadOnlyList<ContentReport> Changed);

/// <summary>
/// The rules of the report desk, the one queue that writes reports. Numbers: the desk's turns run
/// one at a time, each reads the counter its predecessor committed, so two members sending at the
/// same moment get two numbers in a row, never the same one (the queue, not a lock in the
/// database, is what makes them unique: see the Bot tests of concurrent filing).
/// </summary>
public static class ReportDesk
{
    /// <summary>The queue every write of a report runs in.</summary>
    public static readonly UserKey Key = new("system", "content-reports");

    public static Filing File(IReadModel store, ReportSubmission submission, string reporterId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(submission);
        var number = ReportReference.Next(store.Find<ReportCounter>(ReportCounter.Key));
        var linkKey = ReportLink.Normalise(submission.Link);
        var group = linkKey is null ? null : OpenGroupOf(store, linkKey);
        var report = new ContentReport
        {
            Id = ReportReference.Format(number),
            Number = number,
            ReporterId = reporterId,
            Link = submission.Link,
            LinkKey = linkKey,
            Photos = submission.Photos,
            Platform = submission.Platform,
            Description = submission.Description,
            Place = submission.Place,
            Status = group?.Status ?? ReportStatus.New,
            DuplicateOf = group?.Id,
            SubmittedAt = now,
        };
        return new Filing(report, group is null ? null : group with { Reports = group.Reports + 1 }, new ReportCounter(ReportCounter.Key, number));
    }

    /// <summary>
    /// Moves a report's whole group (a repeat stands for its first report) to <paramref name="status"/>.
    /// A closed report stays closed; the status it already has changes nothing.
    /// </summary>
    public static Decision Decide(IReadModel store, string id, ReportStatus status, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        var found = store.Find<ContentReport>(id);
        var group = found?.DuplicateOf is { } first ? store.Find<ContentReport>(first) : found;
        if (group is null)
        {
            return new Decision(DecisionOutcome.NotFound, null, []);
        }

        if (group.IsClosed)
        {
            return new Decision(DecisionOutcome.Closed, group, []);
        }

        if (!ReportStatuses.CanMove(group.Status, status))
        {
            return new Decision(DecisionOutcome.Unchanged, group, []);
        }

        var members = store.All<ContentReport>().Where(r => r.DuplicateOf == group.Id).OrderBy(r => r.Number);
        var changed = new[] { group }.Concat(members).Select(r => r with { Status = status, Note = note, DecidedAt = now }).ToList();
        return new Decision(DecisionOutcome.Changed, changed[0], changed);
    }

    /// <summary>The first report of a link that is still open (new or taken up): a closed one's link reported again starts a new group.</summary>
    public static ContentReport? OpenGroupOf(IReadModel store, string linkKey)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.All<ContentReport>()
            .Where(r => r.DuplicateOf is null && !r.IsClosed && r.LinkKey == linkKey)
            .OrderBy(r => r.Number)
            .FirstOrDefault();
    }
}
