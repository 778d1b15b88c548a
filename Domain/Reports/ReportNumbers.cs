using System.Globalization;

namespace Domain.Reports;

/// <summary>Why a typed figure was not taken.</summary>
public enum NumberProblem
{
    None,
    NotANumber,
    Negative,
    NotWhole,
    TooLarge,
}

/// <summary>
/// Reads a count as people type it: "1.250", "1,250", "1 250" and "1250" are all one thousand two
/// hundred and fifty. A separator followed by exactly three digits groups thousands; anything
/// else after a separator ("1,5") is a fraction, and a count has none.
/// </summary>
public static class ReportNumbers
{
    /// <summary>Larger than any page's followers or posts: a typo, not a figure.</summary>
    public const long Max = 1_000_000_000;

    public static NumberProblem TryParse(string? text, out long value)
    {
        value = 0;
        var trimmed = (text ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        if (trimmed.Length == 0)
        {
            return NumberProblem.NotANumber;
        }

        var negative = trimmed[0] is '-' or '−';
        var digits = negative ? trimmed[1..] : trimmed;
        if (digits.Length == 0 || digits.Any(c => !char.IsAsciiDigit(c) && c is not '.' and not ','))
        {
            return NumberProblem.NotANumber;
        }

        var groups = digits.Split('.', ',');
        if (groups.Length > 1 && (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            return groups.Skip(1).All(g => g.Length > 0) && groups[0].Length > 0 ? NumberProblem.NotWhole : NumberProblem.NotANumber;
        }

        var joined = string.Concat(groups);
        if (joined.Length > 12 || !long.TryParse(joined, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return NumberProblem.TooLarge;
        }

        if (negative && parsed > 0)
        {
            return NumberProblem.Negative;
        }

        if (parsed > Max)
        {
            return NumberProblem.TooLarge;
        }

        value = parsed;
        return NumberProblem.None;
    }

    /// <summary>A count as the plan writes it: "1.250" (the Vietnamese documents use this).</summary>
    public static string Format(long value) => value.ToString("#,0", VietnameseNumbers);

    /// <summary>A count in a person's language: "1.250" in Vietnamese, "1,250" in English.</summary>
    public static string Format(long value, Text.Lang lang) => value.ToString("#,0", lang == Text.Lang.En ? EnglishNumbers : VietnameseNumbers);

    private static readonly NumberFormatInfo VietnameseNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };
    private static readonly NumberFormatInfo EnglishNumbers = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = "." };
}
