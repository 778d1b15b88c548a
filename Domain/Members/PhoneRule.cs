namespace Domain.Members;

/// <summary>
/// Vietnamese mobile numbers as people write them (0xxxxxxxxx, +84xxxxxxxxx, 84xxxxxxxxx, with
/// spaces, dots or dashes), normalized to +84 followed by nine digits.
/// </summary>
public static class PhoneRule
{
    // Mobile prefixes after the leading 0 (Viettel, Vinaphone, Mobifone, Vietnamobile, Gmobile, Itelecom, Reddi).
    private static readonly char[] MobileFirstDigits = ['3', '5', '7', '8', '9'];

    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var compact = new string(input.Where(c => !(c is ' ' or '.' or '-' or '(' or ')')).ToArray());
        string national;
        if (compact.StartsWith("+84", StringComparison.Ordinal))
        {
            national = compact[3..];
        }
        else if (compact.StartsWith("84", StringComparison.Ordinal) && compact.Length == 11)
        {
            national = compact[2..];
        }
        else if (compact.StartsWith('0'))
        {
            national = compact[1..];
        }
        else
        {
            return null;
        }

        if (national.StartsWith('0'))
        {
            national = national[1..];
        }

        return national.Length == 9 && national.All(char.IsAsciiDigit) && MobileFirstDigits.Contains(national[0])
            ? "+84" + national
            : null;
    }

    /// <summary>Shows a number as officials write it: 0901 234 567 (the stored form is +84901234567).</summary>
    public static string Display(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return normalized.Length == 12 && normalized.StartsWith("+84", StringComparison.Ordinal)
            ? $"0{normalized[3..6]} {normalized[6..9]} {normalized[9..]}"
            : normalized;
    }

    /// <summary>A stored number shown as <see cref="Display"/>; anything else (an older free-typed value) as it is.</summary>
    public static string? Shown(string? stored) => Normalize(stored) is { } normalized ? Display(normalized) : stored;

    /// <summary>
    /// The forms a number takes in what the bot stored or sent: the stored one, the national one, as
    /// shown now, and as shown before numbers were written the national way (+84 901 234 567).
    /// </summary>
    public static IEnumerable<string> WrittenForms(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        yield return normalized;
        yield return Display(normalized);
        if (normalized.Length == 12)
        {
            yield return "0" + normalized[3..];
            yield return $"{normalized[..3]} {normalized[3..6]} {normalized[6..9]} {normalized[9..]}";
        }
    }
}
