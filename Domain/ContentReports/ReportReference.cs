using System.Globalization;

namespace Domain.ContentReports;

/// <summary>The reference number a member is given: "PA-0042", four digits at least.</summary>
public static class ReportReference
{
    public const string Prefix = "PA-";

    // Seven digits: ten million reports, and no int overflow from forged input.
    private const int MaxDigits = 7;

    public static string Format(int number) => Prefix + number.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>The next number after the last one given; the first is 1.</summary>
    public static int Next(ReportCounter? counter) => (counter?.Last ?? 0) + 1;

    /// <summary>Reads "PA-0042", "pa-42", "PA42" or "42"; null for anything else.</summary>
    public static int? Parse(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        if (value.StartsWith("PA", StringComparison.OrdinalIgnoreCase))
        {
            value = value[2..];
            value = value.StartsWith('-') ? value[1..] : value;
        }

        return value.Length is > 0 and <= MaxDigits && value.All(char.IsAsciiDigit) && int.Parse(value, CultureInfo.InvariantCulture) is var number and > 0
            ? number
            : null;
    }

    /// <summary>The record id a typed or pressed reference stands for; null when it is no reference.</summary>
    public static string? IdOf(string? text) => Parse(text) is { } number ? Format(number) : null;
}
