using Domain.Events;

namespace Bot.Files;

/// <summary>
/// The attendee list as an .xlsx (see <see cref="MeetingSheet"/> for the frame): for each unit a
/// bold unit row, then its people. The Unit column stays on every person's row too, so a filter or
/// a copy keeps it. Plain phone numbers (+84…) stay without the quote so they can be copied into a
/// dialer; as string cells they cannot be evaluated (see <see cref="SpreadsheetSafety.NeutralizePhone"/>).
/// </summary>
public static class AttendeesWorkbook
{
    public const string SheetName = "Danh sách";

    private static readonly double[] ColumnWidths = [28, 26, 24, 14, 36, 24, 24, 16, 16, 18, 20];

    public static byte[] Write(Meeting meeting, IReadOnlyList<AttendeeRow> rows)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(rows);
        return MeetingSheet.Write(SheetName, meeting, AttendeeColumns.Headers, ColumnWidths, sheet =>
        {
            var columnCount = AttendeeColumns.Headers.Count;
            var lastColumn = SheetWriter.ColumnName(columnCount - 1);
            var rowIndex = (uint)MeetingSheet.HeaderRow;
            for (var r = 0; r < rows.Count; r++)
            {
                // Rows come sorted by unit; a new unit name starts a new group under a bold unit row.
                if (r == 0 || !string.Equals(rows[r].UnitName, rows[r - 1].UnitName, StringComparison.Ordinal))
                {
                    rowIndex++;
                    var label = $"{rows[r].UnitName} ({GroupSize(rows, r)} người)";
                    sheet.SingleCellRow(rowIndex, label, WorkbookStyles.Unit, fillTo: columnCount);
                    sheet.Merge($"A{rowIndex}:{lastColumn}{rowIndex}");
                }

                rowIndex++;
                sheet.Line(rowIndex, AttendeeColumns.Values(rows[r], meeting.StartsAt.Offset), WorkbookStyles.Text, AttendeeColumns.PhoneColumns);
            }
        });
    }

    /// <summary>How many rows from <paramref name="start"/> on belong to the same unit.</summary>
    private static int GroupSize(IReadOnlyList<AttendeeRow> rows, int start)
    {
        var end = start;
        while (end < rows.Count && string.Equals(rows[end].UnitName, rows[start].UnitName, StringComparison.Ordinal))
        {
            end++;
        }

        return end - start;
    }
}
