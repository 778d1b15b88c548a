using System.Globalization;
using System.Text;

namespace Domain.Members;

public enum NameProblem
{
    None,
    TooShort,
    TooLong,
    BadCharacters,
}

/// <summary>
/// A person's full name: letters of any script (Vietnamese diacritics included), spaces, hyphens
/// and apostrophes; stored in NFC, trimmed, with single spaces.
/// </summary>
public static class NameRule
{
    public const int MinLength = 2;
    public const int MaxLength = 100;

    public static NameProblem Check(string input, out string normalized)
    {
        ArgumentNullException.ThrowIfNull(input);
        normalized = Collapse(input.Normalize(NormalizationForm.FormC));
        if (normalized.Length < MinLength)
        {
            return NameProblem.TooShort;
        }

        if (normalized.Length > MaxLength)
        {
            return NameProblem.TooLong;
        }

        foreach (var c in normalized)
        {
            if (!(char.IsLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '’' || IsCombiningMark(c)))
            {
                return NameProblem.BadCharacters;
            }
        }

        return normalized.Count(char.IsLetter) >= MinLength ? NameProblem.None : NameProblem.TooShort;
    }

    /// <summary>Trims and turns every run of white space into one space.</summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    // A few Vietnamese marks have no precomposed form together with every base letter.
    private static bool IsCombiningMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
