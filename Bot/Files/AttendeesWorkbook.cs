using Domain.Events;
using Domain.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bot.Files;

/// <summary>
/// Writes the attendee list as an .xlsx with one sheet: the meeting's title (row 1), when and where
/// (row 2), the column headers (row 3, frozen), then for each unit a bold unit row followed by its
/// people. The Unit column stays on every person's row too, so a filter or a copy keeps it.
/// </summary>
/// <remarks>
/// Written with the Open XML SDK directly: ClosedXML 0.95.4, the only version served here, pulls in
/// Open XML 2.x and System.Drawing.Common 4.7 with unresolved-version warnings this build treats as
/// errors. Every value is a shared-string cell with the Text number format (@), never a formula and
/// never a number, and goes through <see cref="SpreadsheetSafety"/> so that a CSV the organizer saves
/// from this workbook later is still safe. Plain phone numbers (+84…) are the one exception: as a
/// string cell they cannot be evaluated here, and they stay without the quote so they can be copied
/// into a dialer; see <see cref="SpreadsheetSafety.NeutralizePhone"/>.
/// </remarks>
public static class AttendeesWorkbook
{
    public const string SheetName = "Danh sách";

    /// <summary>Row numbers (1-based) of the fixed rows at the top.</summary>
    public const int TitleRow = 1;
    public const int SubtitleRow = 2;
    public const int HeaderRow = 3;

    // Widths in characters, set by hand: measuring text needs fonts (System.Drawing) on the server.
    private static readonly double[] ColumnWidths = [28, 26, 24, 14, 36, 24, 24, 16, 16, 18];

    public static byte[] Write(Meeting meeting, IReadOnlyList<AttendeeRow> rows)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(rows);

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = WorkbookStyles.Create();
            var strings = new SharedStrings();

            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = BuildSheet(meeting, rows, strings);

            var stringsPart = workbookPart.AddNewPart<SharedStringTablePart>();
            stringsPart.SharedStringTable = strings.ToTable();

            workbookPart.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbookPart.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = SheetName,
            }));
        }

        return stream.ToArray();
    }

    private static Worksheet BuildSheet(Meeting meeting, IReadOnlyList<AttendeeRow> rows, SharedStrings strings)
    {
        var columnCount = AttendeeColumns.Headers.Count;
        var lastColumn = ColumnName(columnCount - 1);
        var data = new SheetData();
        var merges = new MergeCells();

        data.Append(SingleCellRow(TitleRow, meeting.Title, WorkbookStyles.Title, strings));
        merges.Append(new MergeCell { Reference = $"A{TitleRow}:{lastColumn}{TitleRow}" });
        data.Append(SingleCellRow(SubtitleRow, Subtitle(meeting), WorkbookStyles.Subtitle, strings));
        merges.Append(new MergeCell { Reference = $"A{SubtitleRow}:{lastColumn}{SubtitleRow}" });

        var header = new Row { RowIndex = HeaderRow };
        for (var i = 0; i < columnCount; i++)
        {
            header.Append(TextCell(i, HeaderRow, Safe(AttendeeColumns.Headers[i]), WorkbookStyles.Header, strings));
        }

        data.Append(header);

        var rowIndex = (uint)HeaderRow;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];

            // Rows come sorted by unit; a new unit name starts a new group under a bold unit row.
            if (r == 0 || !string.Equals(row.UnitName, rows[r - 1].UnitName, StringComparison.Ordinal))
            {
                rowIndex++;
                var label = $"{row.UnitName} ({GroupSize(rows, r)} người)";
                data.Append(SingleCellRow(rowIndex, label, WorkbookStyles.Unit, strings, fillTo: columnCount));
                merges.Append(new MergeCell { Reference = $"A{rowIndex}:{lastColumn}{rowIndex}" });
            }

            rowIndex++;
            var values = AttendeeColumns.Values(row, meeting.StartsAt.Offset);
            var line = new Row { RowIndex = rowIndex };
            for (var i = 0; i < values.Length; i++)
            {
                line.Append(TextCell(i, rowIndex, Safe(values[i], AttendeeColumns.PhoneColumns.Contains(i)), WorkbookStyles.Text, strings));
            }

            data.Append(line);
        }

        // The element order below is the one the schema requires.
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            FrozenHeader(),
            Columns(),
            data,
            merges,
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
            // Printed lists are wide: landscape, as many pages tall as needed but one page wide.
            new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0, PaperSize = 9 });
    }

    private static string Subtitle(Meeting meeting)
    {
        var offset = meeting.StartsAt.Offset;
        var zone = TimeZoneInfo.CreateCustomTimeZone("meeting", offset, null, null);
        return $"{MeetingFormat.When(meeting.StartsAt, zone, Lang.Vi)} — {meeting.Venue.Name}, {meeting.Venue.Address}";
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

    private static SheetViews FrozenHeader() =>
        new(new SheetView(
            new Pane
            {
                VerticalSplit = HeaderRow,
                TopLeftCell = $"A{HeaderRow + 1}",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{HeaderRow + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{HeaderRow + 1}" } })
        {
            WorkbookViewId = 0,
        });

    private static Columns Columns()
    {
        var columns = new Columns();
        for (var i = 0; i < ColumnWidths.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = ColumnWidths[i], CustomWidth = true });
        }

        return columns;
    }

    private static Row SingleCellRow(uint rowIndex, string text, uint style, SharedStrings strings, int fillTo = 1)
    {
        var row = new Row { RowIndex = rowIndex };
        row.Append(TextCell(0, rowIndex, Safe(text), style, strings));

        // The other cells of a merged row carry the style too, so the fill spans the whole row.
        for (var i = 1; i < fillTo; i++)
        {
            row.Append(new Cell { CellReference = $"{ColumnName(i)}{rowIndex}", StyleIndex = style });
        }

        return row;
    }

    /// <summary>
    /// Cleaned for XML first, then neutralized: the other way round, a stray control character in
    /// front of "=…" would hide it from the check and then be dropped, leaving a bare formula.
    /// </summary>
    private static string Safe(string text, bool phone = false)
    {
        var clean = SharedStrings.Clean(text);
        return phone ? SpreadsheetSafety.NeutralizePhone(clean) : SpreadsheetSafety.Neutralize(clean);
    }

    private static Cell TextCell(int column, uint row, string text, uint style, SharedStrings strings) =>
        new()
        {
            CellReference = $"{ColumnName(column)}{row}",
            DataType = CellValues.SharedString,
            CellValue = new CellValue(strings.IndexOf(text)),
            StyleIndex = style,
        };

    /// <summary>A, B, … Z, AA, …, for a 0-based column index.</summary>
    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
