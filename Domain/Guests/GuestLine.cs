using Domain.Members;

namespace Domain.Guests;

/// <summary>
/// Reads one guest from a typed line or a CSV row: name, unit, position and an optional phone,
/// separated by "|", ";", a tab or (when none of those) commas; a quoted field may hold the separator.
/// </summary>
public static class GuestLine
{
    public const int MaxUnitLength = 150;

    public static GuestDetails? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = CsvFields.Split(line).Select(p => NameRule.Collapse(p.Trim().Trim('"').Normalize())).ToList();
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

    /// <summary>A heading row such as "Họ và tên, Đơn vị, Chức vụ, Số điện thoại".</summary>
    public static bool IsHeading(string line) =>
        line.TrimStart('\uFEFF').Trim().StartsWith("Họ", StringComparison.OrdinalIgnoreCase) && line.Contains("Đơn vị", StringComparison.OrdinalIgnoreCase)
        || line.Trim().StartsWith("name", StringComparison.OrdinalIgnoreCase);
}
