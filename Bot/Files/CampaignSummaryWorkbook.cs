using System.Globalization;
using Domain.Campaigns;

namespace Bot.Files;

/// <summary>
/// The monthly summary's full tables as an .xlsx with two sheets, per unit (then the total) and
/// per member: row 1 the title, row 2 the note, row 3 the frozen headers; names as neutralized text
/// cells, figures as numbers so a column sums and sorts (the frame of <see cref="CampaignWorkbook"/>).
/// </summary>
public static class CampaignSummaryWorkbook
{
    public const int HeaderRow = 3;

    private static readonly string FrozenHeader =
        $"""<sheetViews><sheetView workbookViewId="0"><pane ySplit="{HeaderRow}" topLeftCell="A{HeaderRow + 1}" activePane="bottomLeft" state="frozen" /><selection pane="bottomLeft" activeCell="A{HeaderRow + 1}" sqref="A{HeaderRow + 1}" /></sheetView></sheetViews>""";

    public static byte[] Write(MonthlySummary summary, string title, string note)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(note);
        using var stream = new ChunkedStream();
        using (var package = new XlsxPackage(stream, sheets: 2))
        {
            package.WriteWorkbook(CampaignSummaryColumns.UnitsSheet, CampaignSummaryColumns.MembersSheet);
            package.WriteStyles();
            var strings = new SharedStrings();
            package.WriteSheet(1, writer => Sheet(writer, strings, title, note, CampaignSummaryColumns.UnitHeaders, [28, 14, 14, 20, 16, 20], sheet =>
            {
                var row = (uint)HeaderRow;
                foreach (var unit in summary.Units.Units)
                {
                    sheet.Figures(++row, [unit.Name], CampaignSummaryColumns.Of(unit), WorkbookStyles.Text, WorkbookStyles.Number);
                }

                sheet.Figures(++row, [CampaignSummaryColumns.TotalName], CampaignSummaryColumns.Of(summary.Units.Total), WorkbookStyles.Unit, WorkbookStyles.TotalNumber);
            }));
            package.WriteSheet(2, writer => Sheet(writer, strings, title, note, CampaignSummaryColumns.MemberHeaders, [28, 28, 14, 14, 20, 16, 20], sheet =>
            {
                var row = (uint)HeaderRow;
                foreach (var member in summary.MembersByUnit())
                {
                    sheet.Figures(++row, [member.UnitName, member.Name], CampaignSummaryColumns.Of(member), WorkbookStyles.Text, WorkbookStyles.Number);
                }
            }));
            package.WriteSharedStrings(strings);
        }

        return stream.ToArray();
    }

    private static void Sheet(TextWriter writer, SharedStrings strings, string title, string note, IReadOnlyList<string> headers, double[] widths, Action<SheetWriter> rows)
    {
        var lastColumn = SheetWriter.ColumnName(headers.Count - 1);
        writer.Write($"<worksheet xmlns=\"{XlsxPackage.MainNamespace}\"><sheetPr><pageSetUpPr fitToPage=\"1\" /></sheetPr>");
        writer.Write(FrozenHeader);
        writer.Write("<cols>");
        for (var i = 0; i < widths.Length; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"""<col min="{i + 1}" max="{i + 1}" width="{widths[i]}" customWidth="1" />"""));
        }

        writer.Write("</cols><sheetData>");
        var sheet = new SheetWriter(writer, strings);
        sheet.SingleCellRow(1, title, WorkbookStyles.Title);
        sheet.Merge($"A1:{lastColumn}1");
        sheet.SingleCellRow(2, note, WorkbookStyles.Subtitle);
        sheet.Merge($"A2:{lastColumn}2");
        sheet.Line(HeaderRow, headers, WorkbookStyles.Header);
        rows(sheet);
        writer.Write("</sheetData>");
        sheet.WriteMerges();
        writer.Write("""<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3" /><pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="portrait" /></worksheet>""");
    }
}
