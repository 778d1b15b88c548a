using System.Globalization;
using Domain.Events;
using Domain.Text;

namespace Bot.Files;

/// <summary>
/// The frame every meeting spreadsheet shares: one sheet whose row 1 is the meeting's title, row 2
/// when and where, row 3 the frozen column headers; widths set by hand (measuring text needs fonts
/// on the server); landscape, one page wide. Every word is a shared-string cell with the Text
/// format, never a formula, and goes through <see cref="SpreadsheetSafety"/>, so that a CSV the
/// organizer saves from the workbook later is still safe; a table of figures writes them as numbers
/// (<see cref="SheetWriter.Figures(uint, IReadOnlyList{string}, IReadOnlyList{long?}, uint, uint)"/>).
/// </summary>
/// <remarks>
/// Written as SpreadsheetML text into <see cref="XlsxPackage"/> (see there why not with the Open XML
/// SDK); ClosedXML 0.95.4, the only version served here, pulls in Open XML 2.x and System.Drawing.Common
/// 4.7 with unresolved-version warnings this build treats as errors.
/// </remarks>
public static class MeetingSheet
{
    public const int TitleRow = 1;
    public const int SubtitleRow = 2;
    public const int HeaderRow = 3;

    /// <summary>The rows above the first person's stay in view: the header is frozen below row 3.</summary>
    private static readonly string FrozenHeader =
        $"""<sheetViews><sheetView workbookViewId="0"><pane ySplit="{HeaderRow}" topLeftCell="A{HeaderRow + 1}" activePane="bottomLeft" state="frozen" /><selection pane="bottomLeft" activeCell="A{HeaderRow + 1}" sqref="A{HeaderRow + 1}" /></sheetView></sheetViews>""";

    /// <summary>A workbook with one sheet; <paramref name="fill"/> adds the rows below the header.</summary>
    /// <remarks>
    /// The sheet is streamed: each row is written out as it is made, compressed as it goes, instead
    /// of building the whole worksheet first, which held every row at once (docs/benchmarks.md, "Scale and memory").
    /// Only the merged ranges and the shared strings are kept until the end.
    /// </remarks>
    public static byte[] Write(string sheetName, Meeting meeting, IReadOnlyList<string> headers, double[] widths, Action<SheetWriter> fill)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return Write(sheetName, meeting.Title, Subtitle(meeting), headers, widths, fill);
    }

    /// <summary>The same frame under any title and line below it (the team's roster has no meeting).</summary>
    public static byte[] Write(string sheetName, string title, string subtitle, IReadOnlyList<string> headers, double[] widths, Action<SheetWriter> fill)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(subtitle);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(fill);
        using var stream = new ChunkedStream();
        using (var package = new XlsxPackage(stream))
        {
            package.WriteWorkbook(sheetName);
            package.WriteStyles();
            var strings = new SharedStrings();
            var lastColumn = SheetWriter.ColumnName(headers.Count - 1);
            package.WriteSheet(writer =>
            {
                // The element order below is the one the schema requires.
                writer.Write($"<worksheet xmlns=\"{XlsxPackage.MainNamespace}\"><sheetPr><pageSetUpPr fitToPage=\"1\" /></sheetPr>");
                writer.Write(FrozenHeader);
                WriteColumns(writer, widths);
                writer.Write("<sheetData>");
                var sheet = new SheetWriter(writer, strings);
                sheet.SingleCellRow(TitleRow, title, WorkbookStyles.Title);
                sheet.Merge($"A{TitleRow}:{lastColumn}{TitleRow}");
                sheet.SingleCellRow(SubtitleRow, subtitle, WorkbookStyles.Subtitle);
                sheet.Merge($"A{SubtitleRow}:{lastColumn}{SubtitleRow}");
                sheet.Line(HeaderRow, headers, WorkbookStyles.Header);
                fill(sheet);
                writer.Write("</sheetData>");
                sheet.WriteMerges();
                // Printed lists are wide: landscape, as many pages tall as needed but one page wide.
                writer.Write("""<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3" /><pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape" /></worksheet>""");
            });
            package.WriteSharedStrings(strings);
        }

        return stream.ToArray();
    }

    private static string Subtitle(Meeting meeting)
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("meeting", meeting.StartsAt.Offset, null, null);
        return $"{MeetingFormat.When(meeting.StartsAt, zone, Lang.Vi)} — {meeting.Venue.Place}";
    }

    private static void WriteColumns(TextWriter writer, double[] widths)
    {
        writer.Write("<cols>");
        for (var i = 0; i < widths.Length; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"""<col min="{i + 1}" max="{i + 1}" width="{widths[i]}" customWidth="1" />"""));
        }

        writer.Write("</cols>");
    }
}
