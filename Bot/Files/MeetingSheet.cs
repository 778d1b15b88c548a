using Domain.Events;
using Domain.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bot.Files;

/// <summary>
/// The frame every meeting spreadsheet shares: one sheet whose row 1 is the meeting's title, row 2
/// when and where, row 3 the frozen column headers; widths set by hand (measuring text needs fonts
/// on the server); landscape, one page wide. Every value is a shared-string cell with the Text
/// format, never a formula or a number, and goes through <see cref="SpreadsheetSafety"/>, so that
/// a CSV the organizer saves from the workbook later is still safe.
/// </summary>
/// <remarks>
/// Written with the Open XML SDK directly: ClosedXML 0.95.4, the only version served here, pulls in
/// Open XML 2.x and System.Drawing.Common 4.7 with unresolved-version warnings this build treats as errors.
/// </remarks>
public static class MeetingSheet
{
    public const int TitleRow = 1;
    public const int SubtitleRow = 2;
    public const int HeaderRow = 3;

    /// <summary>A workbook with one sheet; <paramref name="fill"/> adds the rows below the header.</summary>
    /// <remarks>
    /// The sheet is streamed (<see cref="OpenXmlWriter"/>) into a package that compresses it as it goes
    /// (<see cref="XlsxPackage"/>): each row is written out as it is made instead of building the
    /// whole worksheet as an object tree first, which for 10,000 members held about 150 MB at once.
    /// Only the merged ranges and the shared strings are kept until the end.
    /// </remarks>
    public static byte[] Write(string sheetName, Meeting meeting, IReadOnlyList<string> headers, double[] widths, Action<SheetRows, MergeCells, SharedStrings> fill)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(fill);
        using var stream = new MemoryStream();
        using (var package = new XlsxPackage(stream))
        {
            package.WriteWorkbook(sheetName);
            package.WriteStyles(WorkbookStyles.Create());
            var strings = new SharedStrings();
            var lastColumn = ColumnName(headers.Count - 1);
            package.WriteSheet(writer =>
            {
                var merges = new MergeCells();
                // The element order below is the one the schema requires.
                writer.WriteStartElement(new Worksheet());
                writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
                writer.WriteElement(FrozenHeader());
                writer.WriteElement(Columns(widths));
                writer.WriteStartElement(new SheetData());
                var data = new SheetRows(writer);
                data.Append(SingleCellRow(TitleRow, meeting.Title, WorkbookStyles.Title, strings));
                merges.Append(new MergeCell { Reference = $"A{TitleRow}:{lastColumn}{TitleRow}" });
                data.Append(SingleCellRow(SubtitleRow, Subtitle(meeting), WorkbookStyles.Subtitle, strings));
                merges.Append(new MergeCell { Reference = $"A{SubtitleRow}:{lastColumn}{SubtitleRow}" });
                data.Append(Line(HeaderRow, headers, WorkbookStyles.Header, strings));
                fill(data, merges, strings);
                writer.WriteEndElement();
                writer.WriteElement(merges);
                writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
                // Printed lists are wide: landscape, as many pages tall as needed but one page wide.
                writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0, PaperSize = 9 });
                writer.WriteEndElement();
            });
            package.WriteSharedStrings(strings);
        }

        return stream.ToArray();
    }

    /// <summary>A row of text cells; <paramref name="phoneColumns"/> keep plain phone numbers dialable.</summary>
    public static Row Line(uint rowIndex, IReadOnlyList<string> values, uint style, SharedStrings strings, IReadOnlyCollection<int>? phoneColumns = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var row = new Row { RowIndex = rowIndex };
        for (var i = 0; i < values.Count; i++)
        {
            row.Append(TextCell(i, rowIndex, Safe(values[i], phoneColumns?.Contains(i) == true), style, strings));
        }

        return row;
    }

    /// <summary>One text in the first cell; the other cells of a merged row carry the style so the fill spans it.</summary>
    public static Row SingleCellRow(uint rowIndex, string text, uint style, SharedStrings strings, int fillTo = 1)
    {
        var row = new Row { RowIndex = rowIndex };
        row.Append(TextCell(0, rowIndex, Safe(text), style, strings));
        for (var i = 1; i < fillTo; i++)
        {
            row.Append(new Cell { CellReference = $"{ColumnName(i)}{rowIndex}", StyleIndex = style });
        }

        return row;
    }

    /// <summary>A, B, … Z, AA, …, for a 0-based column index.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
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

    private static Columns Columns(double[] widths)
    {
        var columns = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }

        return columns;
    }
}

/// <summary>The rows of a sheet being written: each one goes out as it is appended.</summary>
public sealed class SheetRows(OpenXmlWriter writer)
{
    public void Append(Row row) => writer.WriteElement(row);
}

