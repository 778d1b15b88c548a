using System.Globalization;
using Domain.ContentReports;

namespace Bot.Files;

/// <summary>
/// The reports export as XLSX and CSV: the same columns in the same order, values raw here and
/// neutralized by each format (<see cref="SpreadsheetSafety"/>), so a description typed as "=…" never runs.
/// </summary>
public sealed class ContentReportFiles : IContentReportFiles
{
    public const string SheetName = "Phản ánh";
    public const string Title = "Phản ánh nội dung sai trái, thù địch";

    public static readonly IReadOnlyList<string> Headers =
    [
        "Mã phản ánh",
        "Thời điểm gửi",
        "Nền tảng",
        "Đường dẫn",
        "Số ảnh",
        "Mô tả",
        "Nơi lan truyền",
        "Trạng thái",
        "Ghi chú",
        "Trùng với",
        "Số lượt phản ánh",
        "Người gửi",
        "Thời điểm xử lý",
    ];

    private static readonly double[] Widths = [12, 17, 12, 40, 8, 70, 28, 26, 40, 12, 10, 30, 17];

    public byte[] ReportsCsv(IReadOnlyList<ReportRow> rows, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return SafeCsv.Write(Headers, rows.Select(r => Values(r, offset)));
    }

    public byte[] ReportsXlsx(IReadOnlyList<ReportRow> rows, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new ChunkedStream();
        using (var package = new XlsxPackage(stream))
        {
            package.WriteWorkbook(SheetName);
            package.WriteStyles();
            var strings = new SharedStrings();
            package.WriteSheet(writer =>
            {
                writer.Write($"<worksheet xmlns=\"{XlsxPackage.MainNamespace}\"><sheetPr><pageSetUpPr fitToPage=\"1\" /></sheetPr>");
                writer.Write("""<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen" /><selection pane="bottomLeft" activeCell="A3" sqref="A3" /></sheetView></sheetViews>""");
                writer.Write("<cols>");
                for (var i = 0; i < Widths.Length; i++)
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"""<col min="{i + 1}" max="{i + 1}" width="{Widths[i]}" customWidth="1" />"""));
                }

                writer.Write("</cols><sheetData>");
                var sheet = new SheetWriter(writer, strings);
                sheet.SingleCellRow(1, Title, WorkbookStyles.Title);
                sheet.Merge($"A1:{SheetWriter.ColumnName(Headers.Count - 1)}1");
                sheet.Line(2, Headers, WorkbookStyles.Header);
                for (var r = 0; r < rows.Count; r++)
                {
                    sheet.Line((uint)(3 + r), Values(rows[r], offset), WorkbookStyles.Text);
                }

                writer.Write("</sheetData>");
                sheet.WriteMerges();
                writer.Write("""<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3" /><pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape" /></worksheet>""");
            });
            package.WriteSharedStrings(strings);
        }

        return stream.ToArray();
    }

    private static string[] Values(ReportRow row, TimeSpan offset) =>
    [
        row.Reference,
        Time(row.SubmittedAt, offset),
        row.Platform,
        row.Link,
        row.Photos.ToString(CultureInfo.InvariantCulture),
        row.Description,
        row.Place,
        row.Status,
        row.Note,
        row.Group,
        row.Reports.ToString(CultureInfo.InvariantCulture),
        row.Reporter,
        row.DecidedAt is { } decided ? Time(decided, offset) : string.Empty,
    ];

    private static string Time(DateTimeOffset at, TimeSpan offset) =>
        at.ToOffset(offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
