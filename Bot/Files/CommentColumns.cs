using System.Globalization;
using Domain.Discussion;

namespace Bot.Files;

/// <summary>
/// The columns of the comments export, shared by the CSV and the XLSX so both files show the same
/// fields in the same order. Values come out raw here; each format neutralizes them itself.
/// </summary>
public static class CommentColumns
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Đơn vị",
        "Người gửi",
        "Chức vụ",
        "Nội dung góp ý",
        "Ý kiến",
        "Đăng ký phát biểu",
        "Trạng thái",
        "Thứ tự phát biểu",
        "Thời điểm gửi",
        "Sửa lần cuối",
    ];

    /// <summary>Index (0-based) of the comment's text, the one wide, wrapped column.</summary>
    public const int TextColumn = 4;

    /// <summary>One row's values, times in the meeting's own offset (+07:00): the clock the organizers read.</summary>
    public static string[] Values(CommentRow row, TimeSpan meetingOffset)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.UnitName,
            row.Author,
            row.Position,
            row.Topic,
            row.Text,
            row.WantsToSpeak,
            row.Status,
            row.SpeakingOrder?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Time(row.SubmittedAt, meetingOffset),
            row.EditedAt is { } edited ? Time(edited, meetingOffset) : string.Empty,
        ];
    }

    private static string Time(DateTimeOffset at, TimeSpan offset) =>
        at.ToOffset(offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
