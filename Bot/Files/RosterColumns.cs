using System.Globalization;
using Domain.Team;

namespace Bot.Files;

/// <summary>
/// The columns of the team's roster, shared by the CSV and the XLSX. Values come out raw here;
/// each format neutralizes them itself.
/// </summary>
public static class RosterColumns
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "STT",
        "Họ và tên",
        "Chức vụ",
        "Đơn vị",
        "Vai trò",
        "Ngày tham gia",
    ];

    /// <summary>One member's values; <paramref name="number"/> counts from 1 over the whole list.</summary>
    public static string[] Values(RosterRow row, int number)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            number.ToString(CultureInfo.InvariantCulture),
            row.FullName,
            row.Position,
            row.UnitName,
            row.Role,
            row.JoinedOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty,
        ];
    }
}
