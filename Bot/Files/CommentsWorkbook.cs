using Domain.Discussion;
using Domain.Events;
using Domain.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bot.Files;

/// <summary>
/// Writes the comments of a meeting as an .xlsx with one sheet: the meeting's title (row 1), when
/// and where (row 2), the column headers (row 3, frozen), then one row per comment. Every value is
/// a shared-string cell with the Text format, never a formula or a number, and goes through
/// <see cref="SpreadsheetSafety"/> so that a CSV saved from the workbook later is still safe.
/// </summary>
public static class CommentsWorkbook
{
    public const string SheetName = "Ý kiến";

    public const int TitleRow = 1;
    public const int SubtitleRow = 2;
    public const int HeaderRow = 3;

    // Widths in characters, set by hand: measuring text needs fonts (System.Drawing) on the server.
    private static readonly double[] ColumnWidths = [24, 24, 22, 34, 70, 12, 14, 10, 17, 17];

    public static byte[] Write(Meeting meeting, IReadOnlyList<CommentRow> rows)
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

    private static Worksheet BuildSheet(Meeting meeting, IReadOnlyList<CommentRow> rows, SharedStrings strings)
    {
        var columnCount = CommentColumns.Headers.Count;
        var lastColumn = ColumnName(columnCount - 1);
        var data = new SheetData();
        var merges = new MergeCells();

        data.Append(Line(TitleRow, [meeting.Title], WorkbookStyles.Title, strings));
        merges.Append(new MergeCell { Reference = $"A{TitleRow}:{lastColumn}{TitleRow}" });
        data.Append(Line(SubtitleRow, [Subtitle(meeting)], WorkbookStyles.Subtitle, strings));
        merges.Append(new MergeCell { Reference = $"A{SubtitleRow}:{lastColumn}{SubtitleRow}" });
        data.Append(Line(HeaderRow, CommentColumns.Headers, WorkbookStyles.Header, strings));

        for (var r = 0; r < rows.Count; r++)
        {
            data.Append(Line((uint)(HeaderRow + 1 + r), CommentColumns.Values(rows[r], meeting.StartsAt.Offset), WorkbookStyles.Text, strings));
        }

        // The element order below is the one the schema requires.
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            FrozenHeader(),
            Columns(),
            data,
            merges,
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
            new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0, PaperSize = 9 });
    }

    private static string Subtitle(Meeting meeting)
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("meeting", meeting.StartsAt.Offset, null, null);
        return $"{MeetingFormat.When(meeting.StartsAt, zone, Lang.Vi)} — {meeting.Venue.Name}, {meeting.Venue.Address}";
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

    private static Row Line(uint rowIndex, IReadOnlyList<string> values, uint style, SharedStrings strings)
    {
        var row = new Row { RowIndex = rowIndex };
        for (var i = 0; i < values.Count; i++)
        {
            row.Append(new Cell
            {
                CellReference = $"{ColumnName(i)}{rowIndex}",
                DataType = CellValues.SharedString,
                CellValue = new CellValue(strings.IndexOf(Safe(values[i]))),
                StyleIndex = style,
            });
        }

        return row;
    }

    /// <summary>Cleaned for XML first, then neutralized, so a stray control character cannot hide a leading "=".</summary>
    private static string Safe(string text) => SpreadsheetSafety.Neutralize(SharedStrings.Clean(text));

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
