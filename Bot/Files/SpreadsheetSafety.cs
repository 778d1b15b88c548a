namespace Bot.Files;

/// <summary>
/// Keeps text typed by members (names, reasons, phone numbers) from being run as a formula when
/// an organizer opens an export in Excel or LibreOffice (CSV injection, see OWASP "CSV Injection").
/// A spreadsheet treats a cell starting with = + - @ as a formula, and a leading TAB or CR can hide
/// one; a single quote in front makes the program show the text as it is. Vietnamese regional
/// settings use ';' as the list separator, so Excel there splits "x;=1+1" into two cells and runs
/// the second: every ';'-separated segment is checked as if it started a cell.
/// </summary>
public static class SpreadsheetSafety
{
    private const char Quote = '\'';

    /// <summary>The list separator of Vietnamese (and most European) regional settings.</summary>
    public const char ListSeparator = ';';

    /// <summary>
    /// The text with a single quote in front of every ';'-separated segment whose first character
    /// could start a formula (the first segment is the cell's start).
    /// </summary>
    public static string Neutralize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.Contains(ListSeparator, StringComparison.Ordinal))
        {
            return StartsDangerously(text) ? Quote + text : text;
        }

        var segments = text.Split(ListSeparator);
        for (var i = 0; i < segments.Length; i++)
        {
            if (StartsDangerously(segments[i]))
            {
                segments[i] = Quote + segments[i];
            }
        }

        return string.Join(ListSeparator, segments);
    }

    /// <summary>True when no ';'-separated segment of the text could start a formula.</summary>
    public static bool IsSafe(string text) =>
        !text.Split(ListSeparator).Any(StartsDangerously);

    /// <summary>
    /// For the XLSX phone columns. A number like +84901234567 (a plus, then only digits, spaces,
    /// dots or dashes) cannot name a cell, a function or another program, so it is left as it is:
    /// the workbook stores it as a text cell, and the organizer can copy it into a dialer. Anything
    /// else in a phone field (a member may type what they like) is neutralized like any other text.
    /// </summary>
    public static string NeutralizePhone(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return IsPlainPhoneNumber(text) ? text : Neutralize(text);
    }

    /// <summary>
    /// = + - @ start a formula; a leading TAB, CR or LF can hide one (the workbook stores a typed CR
    /// as LF, so both count).
    /// </summary>
    public static bool StartsDangerously(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    private static bool IsPlainPhoneNumber(string text)
    {
        if (text.Length < 2 || text[0] != '+' || !char.IsAsciiDigit(text[1]))
        {
            return false;
        }

        foreach (var c in text.AsSpan(1))
        {
            if (!char.IsAsciiDigit(c) && c is not (' ' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
