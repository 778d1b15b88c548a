using Domain.Discussion;
using Domain.Events;

namespace Bot.Files;

/// <summary>The comments of a meeting as an .xlsx (see <see cref="MeetingSheet"/> for the frame): one row per comment.</summary>
public static class CommentsWorkbook
{
    public const string SheetName = "Ý kiến";

    private static readonly double[] ColumnWidths = [24, 24, 22, 34, 70, 12, 14, 10, 17, 17];

    public static byte[] Write(Meeting meeting, IReadOnlyList<CommentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(rows);
        return MeetingSheet.Write(SheetName, meeting, CommentColumns.Headers, ColumnWidths, sheet =>
        {
            for (var r = 0; r < rows.Count; r++)
            {
                sheet.Line((uint)(MeetingSheet.HeaderRow + 1 + r), CommentColumns.Values(rows[r], meeting.StartsAt.Offset), WorkbookStyles.Text);
            }
        });
    }
}
