using System.Text;
using Bot.Files;
using CsvHelper;
using Domain.Discussion;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using static Bot.Tests.Files.Samples;

namespace Bot.Tests.Files;

/// <summary>The comments export, read back with the libraries an organizer's tools would use.</summary>
public sealed class DiscussionFilesTests
{
    private const string Opinion = "Đề nghị tăng cường tuyên truyền, \"đúng\" và kịp thời\r\ntrên Zalo của khu phố.";

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static readonly IReadOnlyList<CommentRow> Rows =
    [
        new("Phường 1", HoaName, "Chủ tịch", "Ra mắt Tổ tuyên truyền viên", Opinion, "Có", "Chọn phát biểu", 1,
            new DateTimeOffset(2023, 4, 20, 1, 30, 0, TimeSpan.Zero), new DateTimeOffset(2023, 4, 21, 2, 5, 0, TimeSpan.Zero)),
        new("Phường 2", "=cmd|' /C calc'!A0", "-1", "Nội dung khác", FormulaText, "Không", "Mới", null,
            new DateTimeOffset(2023, 4, 22, 3, 0, 0, TimeSpan.Zero), null),
        new("Phường 3", "Lê Thị Cúc", "Ủy viên", "@SUM(A1)", "+84 912 345 678 gọi lại", "Có", "Đã rút", null,
            new DateTimeOffset(2023, 4, 23, 4, 0, 0, TimeSpan.Zero), null),
    ];

    private readonly DiscussionFiles files = new();

    [Fact]
    public void Csv_starts_with_a_bom_and_the_header_row()
    {
        var bytes = files.CommentsCsv(Meeting, Rows);

        Assert.Equal(Bom, bytes[..3]);
        Assert.StartsWith(
            "Đơn vị,Người gửi,Chức vụ,Nội dung góp ý,Ý kiến,Đăng ký phát biểu,Trạng thái,Thứ tự phát biểu,Thời điểm gửi,Sửa lần cuối\r\n",
            Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_keeps_vietnamese_and_the_comment_with_its_line_break()
    {
        var records = Read(files.CommentsCsv(Meeting, Rows));

        Assert.Equal(Rows.Count + 1, records.Count);
        Assert.Equal(["Phường 1", HoaName, "Chủ tịch", "Ra mắt Tổ tuyên truyền viên", Opinion, "Có", "Chọn phát biểu", "1", "20/04/2023 08:30", "21/04/2023 09:05"], records[1]);
    }

    [Fact]
    public void Csv_neutralizes_every_cell_that_starts_like_a_formula()
    {
        var records = Read(files.CommentsCsv(Meeting, Rows));

        Assert.Equal("'=cmd|' /C calc'!A0", records[2][1]);
        Assert.Equal("'-1", records[2][2]);
        Assert.Equal("'" + FormulaText, records[2][4]);
        Assert.Equal("'@SUM(A1)", records[3][3]);
        Assert.Equal("'+84 912 345 678 gọi lại", records[3][4]);
        Assert.All(records.SelectMany(r => r), cell => Assert.False(SpreadsheetSafety.StartsDangerously(cell), cell));
    }

    [Fact]
    public void Xlsx_is_a_valid_workbook_with_the_title_and_a_frozen_header()
    {
        using var document = Open(files.CommentsXlsx(Meeting, Rows));

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var cells = Cells(document);
        Assert.Equal(Meeting.Title, cells["A1"]);
        Assert.StartsWith("08g00 ngày 27/4/2023 (thứ Năm)", cells["A2"], StringComparison.Ordinal);
        Assert.Equal("Đơn vị", cells["A3"]);
        Assert.Equal("Sửa lần cuối", cells["J3"]);
        var pane = Sheet(document).Descendants<Pane>().Single();
        Assert.Equal(("A4", PaneStateValues.Frozen), (pane.TopLeftCell?.Value, pane.State?.Value));
        Assert.Equal(CommentsWorkbook.SheetName, document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name?.Value);
    }

    [Fact]
    public void Xlsx_keeps_vietnamese_and_neutralizes_formulas_in_text_cells_only()
    {
        using var document = Open(files.CommentsXlsx(Meeting, Rows));
        var cells = Cells(document);

        Assert.Equal(HoaName, cells["B4"]);
        Assert.Equal(Opinion.ReplaceLineEndings("\n"), cells["E4"]);
        Assert.Equal("1", cells["H4"]);
        Assert.Equal("20/04/2023 08:30", cells["I4"]);
        Assert.Equal("'=cmd|' /C calc'!A0", cells["B5"]);
        Assert.Equal("'" + FormulaText, cells["E5"]);
        Assert.Equal("'@SUM(A1)", cells["D6"]);
        Assert.Equal("'+84 912 345 678 gọi lại", cells["E6"]);
        Assert.Empty(Sheet(document).Descendants<CellFormula>());
        Assert.All(Sheet(document).Descendants<Cell>(), c => Assert.Equal(CellValues.SharedString, c.DataType?.Value));
    }

    [Fact]
    public void Empty_exports_are_the_headers_alone()
    {
        Assert.Single(Read(files.CommentsCsv(Meeting, [])));
        using var document = Open(files.CommentsXlsx(Meeting, []));
        Assert.Equal(3, Sheet(document).Descendants<Row>().Count());
    }

    private static List<string[]> Read(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { HasHeader = false, AllowLineBreaksInQuotes = true });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(reader.Current.ToArray());
        }

        return records;
    }

    private static SpreadsheetDocument Open(byte[] xlsx) => SpreadsheetDocument.Open(new MemoryStream(xlsx), false);

    private static Worksheet Sheet(SpreadsheetDocument document) => document.WorkbookPart!.WorksheetParts.Single().Worksheet;

    private static Dictionary<string, string> Cells(SpreadsheetDocument document)
    {
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        return Sheet(document).Descendants<Cell>().ToDictionary(
            c => c.CellReference!.Value!,
            c => strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]);
    }
}
