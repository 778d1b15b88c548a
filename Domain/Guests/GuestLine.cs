using Domain.Members;

namespace Domain.Guests;

/// <summary>
/// Reads one guest from a typed line or a CSV row: name, unit, position and an optional phone,
/// separated by "|", ";", a tab or (when none of those) commas; a quoted field may hold the separator,
/// and a leading row number (STT) is dropped.
/// </summary>
public static class GuestLine
{
    public const int MaxUnitLength = 150;

    public static GuestDetails? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = CsvFields.Split(line).Select(p => NameRule.Collapse(p.Trim().Trim('"').Normalize())).ToList();
        if (parts.Count >= 4 && parts[0].Length is > 0 and <= 4 && parts[0].All(char.IsAsciiDigit))
        {
            // Lists kept in Excel start with a row number (STT).
            parts.RemoveAt(0);
        }

        while (parts.Count > 3 && parts[^1].Length == 0)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count is < 3 or > 4 || NameRule.Check(parts[0], out var name) != NameProblem.None)
        {
            return null;
        }

        if (parts[1].Length is < 2 or > MaxUnitLength || parts[2].Length is < 2 or > Members.Registration.FieldInput.MaxPositionLength)
        {
            return null;
        }

        string? phone = null;
        if (parts.Count == 4 && parts[3].Length > 0 && (phone = PhoneRule.Normalize(parts[3])) is null)
        {
            return null;
        }

        return new GuestDetails(name, parts[1], parts[2], phone);
    }

    /// <summary>A heading row such as "Họ và tên, Đơn vị, Chức vụ, Số điện thoại" (or "STT, Họ và tên, …").</summary>
    public static bool IsHeading(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.TrimStart('\uFEFF').Trim().Normalize();
        return (text.StartsWith("Họ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("STT", StringComparison.OrdinalIgnoreCase)) && text.Contains("Đơn vị", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("name", StringComparison.OrdinalIgnoreCase);
    }
}
