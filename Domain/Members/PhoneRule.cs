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

    /// <summary>Shows a number to an organizer: +84 901 234 567.</summary>
    public static string Display(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return normalized.Length == 12 ? $"{normalized[..3]} {normalized[3..6]} {normalized[6..9]} {normalized[9..]}" : normalized;
    }
}
