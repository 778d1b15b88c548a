using System.Globalization;
using Domain.Campaigns;

namespace Bot.Files;

/// <summary>
/// A campaign's answers as an .xlsx: row 1 the title, row 2 the deadline and audience, row 3 the
/// frozen headers, then one row per recipient; every value a neutralized text cell (the frame of
/// <see cref="MeetingSheet"/>, written into <see cref="XlsxPackage"/> the same way).
/// </summary>
public static class CampaignWorkbook
{
    public const string SheetName = "Chiến dịch";
    public const int HeaderRow = 3;

    private static readonly double[] Widths = [24, 26, 18, 50, 40, 30, 17];

    private static readonly string FrozenHeader =
        $"""<sheetViews><sheetView workbookViewId="0"><pane ySplit="{HeaderRow}" topLeftCell="A{HeaderRow + 1}" activePane="bottomLeft" state="frozen" /><selection pane="bottomLeft" activeCell="A{HeaderRow + 1}" sqref="A{HeaderRow + 1}" /></sheetView></sheetViews>""";

    public static byte[] Write(Campaign campaign, IReadOnlyList<CampaignAnswerRow> rows)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new ChunkedStream();
        using (var package = new XlsxPackage(stream))
        {
            package.WriteWorkbook(SheetName);
            package.WriteStyles();
            var strings = new SharedStrings();
            var lastColumn = SheetWriter.ColumnName(CampaignColumns.Headers.Count - 1);
            package.WriteSheet(writer =>
            {
                writer.Write($"<worksheet xmlns=\"{XlsxPackage.MainNamespace}\"><sheetPr><pageSetUpPr fitToPage=\"1\" /></sheetPr>");
                writer.Write(FrozenHeader);
                writer.Write("<cols>");
                for (var i = 0; i < Widths.Length; i++)
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"""<col min="{i + 1}" max="{i + 1}" width="{Widths[i]}" customWidth="1" />"""));
                }

                writer.Write("</cols><sheetData>");
                var sheet = new SheetWriter(writer, strings);
                sheet.SingleCellRow(1, campaign.Title, WorkbookStyles.Title);
                sheet.Merge($"A1:{lastColumn}1");
                var deadline = campaign.Deadline.ToOffset(CampaignColumns.Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
                sheet.SingleCellRow(2, $"Hạn thực hiện: {deadline} — Gửi tới: {campaign.AudienceText}", WorkbookStyles.Subtitle);
                sheet.Merge($"A2:{lastColumn}2");
                sheet.Line(HeaderRow, CampaignColumns.Headers, WorkbookStyles.Header);
                for (var r = 0; r < rows.Count; r++)
                {
                    sheet.Line((uint)(HeaderRow + 1 + r), CampaignColumns.Values(rows[r]), WorkbookStyles.Text);
                }

                writer.Write("</sheetData>");
                sheet.WriteMerges();
                writer.Write("""<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3" /><pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape" /></worksheet>""");
            });
            package.WriteSharedStrings(strings);
        }

        return stream.ToArray();
    }
}
