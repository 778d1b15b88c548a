using Domain.Team;

namespace Bot.Files;

/// <summary>
/// The team's roster as an .xlsx (see <see cref="MeetingSheet"/> for the frame): the title for the
/// launch decision, then for each unit a bold unit row and its members, numbered over the whole list.
/// </summary>
public static class RosterWorkbook
{
    public const string SheetName = "Danh sách thành viên";

    private static readonly double[] ColumnWidths = [7, 30, 28, 34, 24, 15];

    public static byte[] Write(Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var rows = roster.Rows;
        return MeetingSheet.Write(SheetName, roster.Title, roster.Subtitle, RosterColumns.Headers, ColumnWidths, sheet =>
        {
            var columnCount = RosterColumns.Headers.Count;
            var lastColumn = SheetWriter.ColumnName(columnCount - 1);
            var rowIndex = (uint)MeetingSheet.HeaderRow;
            for (var r = 0; r < rows.Count; r++)
            {
                // Rows come sorted by unit; a new unit starts under a bold unit row.
                if (r == 0 || !string.Equals(rows[r].UnitName, rows[r - 1].UnitName, StringComparison.Ordinal))
                {
                    rowIndex++;
                    sheet.SingleCellRow(rowIndex, $"{rows[r].UnitName} ({GroupSize(rows, r)} người)", WorkbookStyles.Unit, fillTo: columnCount);
                    sheet.Merge($"A{rowIndex}:{lastColumn}{rowIndex}");
                }

                rowIndex++;
                sheet.Line(rowIndex, RosterColumns.Values(rows[r], r + 1), WorkbookStyles.Text);
            }
        });
    }

    private static int GroupSize(IReadOnlyList<RosterRow> rows, int start)
    {
        var end = start;
        while (end < rows.Count && string.Equals(rows[end].UnitName, rows[start].UnitName, StringComparison.Ordinal))
        {
            end++;
        }

        return end - start;
    }
}
