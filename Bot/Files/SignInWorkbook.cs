using System.Globalization;
using Domain.CheckIn;
using Domain.Events;

namespace Bot.Files;

/// <summary>
/// The sign-in sheet for the door: A4 portrait, one page wide, rows tall enough to sign in; the
/// committee's heading, the sheet's title and the meeting's above the frozen column headers; a bold
/// row per group (guests first, then the units), numbered on through the groups.
/// </summary>
public static class SignInWorkbook
{
    public const string SheetName = "Ký tên";
    public const int HeaderRow = 4;

    private static readonly double[] ColumnWidths = [6, 30, 28, 22, 18];

    private static readonly string FrozenHeader =
        $"""<sheetViews><sheetView workbookViewId="0"><pane ySplit="{HeaderRow}" topLeftCell="A{HeaderRow + 1}" activePane="bottomLeft" state="frozen" /><selection pane="bottomLeft" activeCell="A{HeaderRow + 1}" sqref="A{HeaderRow + 1}" /></sheetView></sheetViews>""";

    public static byte[] Write(Meeting meeting, SignInSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(sheet);
        using var stream = new ChunkedStream();
        using (var package = new XlsxPackage(stream))
        {
            // With 120 people the sheet runs to several pages: each repeats the column headers.
            package.WriteWorkbook([SheetName], [new RepeatedRows(1, HeaderRow, HeaderRow)]);
            package.WriteStyles();
            var strings = new SharedStrings();
            var columns = sheet.Columns.Count;
            var last = SheetWriter.ColumnName(columns - 1);
            package.WriteSheet(writer =>
            {
                writer.Write($"<worksheet xmlns=\"{XlsxPackage.MainNamespace}\"><sheetPr><pageSetUpPr fitToPage=\"1\" /></sheetPr>");
                writer.Write(FrozenHeader);
                // Every row is tall enough for a signature.
                writer.Write("""<sheetFormatPr defaultRowHeight="30" customHeight="1" />""");
                writer.Write("<cols>");
                for (var i = 0; i < ColumnWidths.Length; i++)
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"""<col min="{i + 1}" max="{i + 1}" width="{ColumnWidths[i]}" customWidth="1" />"""));
                }

                writer.Write("</cols><sheetData>");
                var rows = new SheetWriter(writer, strings);
                string[] top = [sheet.Heading, sheet.Title, meeting.Title];
                for (var r = 0; r < top.Length; r++)
                {
                    var index = (uint)(r + 1);
                    rows.SingleCellRow(index, top[r], r == 1 ? WorkbookStyles.Title : WorkbookStyles.Subtitle);
                    rows.Merge($"A{index}:{last}{index}");
                }

                rows.Line(HeaderRow, sheet.Columns, WorkbookStyles.Header);
                var rowIndex = (uint)HeaderRow;
                var number = 0;
                foreach (var group in sheet.Groups)
                {
                    rowIndex++;
                    rows.SingleCellRow(rowIndex, $"{group.Title} ({group.Rows.Count})", WorkbookStyles.Unit, fillTo: columns);
                    rows.Merge($"A{rowIndex}:{last}{rowIndex}");
                    foreach (var person in group.Rows)
                    {
                        rowIndex++;
                        number++;
                        rows.Line(rowIndex, [number.ToString(CultureInfo.InvariantCulture), person.FullName, person.Unit, person.Position, string.Empty], WorkbookStyles.Text);
                    }
                }

                writer.Write("</sheetData>");
                rows.WriteMerges();
                writer.Write("""<pageMargins left="0.5" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3" /><pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="portrait" /></worksheet>""");
            });
            package.WriteSharedStrings(strings);
        }

        return stream.ToArray();
    }
}
