using Domain.Text;

namespace Domain.ContentReports;

public enum DescriptionProblem
{
    None,
    TooShort,
    TooLong,
}

/// <summary>The limits of a report's fields.</summary>
public static class ReportRules
{
    public const int MaxPhotos = 5;
    public const int MinDescription = 10;
    public const int MaxDescription = 1000;
    public const int MaxPlace = 200;
    public const int MaxNote = 500;

    /// <summary>The description cleaned as every free text is (see <see cref="FreeText"/>), and what is wrong with it.</summary>
    public static DescriptionProblem CheckDescription(string? text, out string description)
    {
        description = FreeText.Clean(text).Trim();
        return description.Length < MinDescription ? DescriptionProblem.TooShort
            : description.Length > MaxDescription ? DescriptionProblem.TooLong
            : DescriptionProblem.None;
    }

    /// <summary>A place or a note, cleaned; null when it is empty or longer than <paramref name="max"/>.</summary>
    public static string? ShortText(string? text, int max)
    {
        var clean = FreeText.Clean(text).Trim();
        return clean.Length is > 0 && clean.Length <= max ? clean : null;
    }

    /// <summary>Whether one more photo may be added to <paramref name="count"/> photos.</summary>
    public static bool RoomForPhoto(int count) => count < MaxPhotos;

    /// <summary>A report needs something to look at: a link, a screenshot, or both.</summary>
    public static bool HasEvidence(string? link, int photos) => link is not null || photos > 0;
}
