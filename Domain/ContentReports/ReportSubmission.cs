using System.Text.Json;

namespace Domain.ContentReports;

/// <summary>
/// A finished draft on its way from the member's queue to the report desk's, where it gets its
/// number. Carried in the signal itself, so a report is filed exactly once with the signal.
/// </summary>
public sealed record ReportSubmission(string? Link, IReadOnlyList<string> Photos, ReportPlatform Platform, string Description, string? Place)
{
    public string Write() => JsonSerializer.Serialize(this);

    /// <summary>The submission, checked again against every rule; null when anything is off.</summary>
    public static ReportSubmission? TryRead(string? json)
    {
        ReportSubmission? submission;
        try
        {
            submission = json is null ? null : JsonSerializer.Deserialize<ReportSubmission>(json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (submission is null
            || !Enum.IsDefined(submission.Platform)
            || (submission.Link is not null && ReportLink.Check(submission.Link, out _) != LinkProblem.None)
            || submission.Photos is null
            || submission.Photos.Count > ReportRules.MaxPhotos
            || !ReportRules.HasEvidence(submission.Link, submission.Photos.Count)
            || ReportRules.CheckDescription(submission.Description, out _) != DescriptionProblem.None
            || (submission.Place is not null && ReportRules.ShortText(submission.Place, ReportRules.MaxPlace) is null))
        {
            return null;
        }

        return submission;
    }
}
