using System.Globalization;
using Domain.Events;

namespace Bot.Files;

/// <summary>
/// The columns of the attendee list, shared by the CSV and the XLSX so both files always show the
/// same fields in the same order. Values come out raw here; each format neutralizes them itself.
/// </summary>
public static class AttendeeColumns
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Đơn vị",
        "Họ và tên",
        "Chức vụ",
        "Trả lời",
        "Lý do",
        "Người dự thay",
        "Chức vụ người dự thay",
        "SĐT người dự thay",
        "Điện thoại",
        "Thời điểm trả lời",
        "Điểm danh",
    ];

    /// <summary>Indexes (0-based) of the columns that hold phone numbers.</summary>
    public static readonly IReadOnlySet<int> PhoneColumns = new HashSet<int> { 7, 8 };

    /// <summary>
    /// One row's values. The answer time is shown in the meeting's own offset (+07:00), not the
    /// server's, since that is the clock the organizers read.
    /// </summary>
    public static string[] Values(AttendeeRow row, TimeSpan meetingOffset)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.UnitName,
            row.FullName,
            row.Position,
            row.Answer,
            row.Reason ?? string.Empty,
            row.DelegateName ?? string.Empty,
            row.DelegatePosition ?? string.Empty,
            row.DelegatePhone ?? string.Empty,
            row.Phone,
            row.AnsweredAt is { } at
                ? at.ToOffset(meetingOffset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
                : string.Empty,
            row.Presence,
        ];
    }
}
