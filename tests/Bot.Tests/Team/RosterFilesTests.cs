using System.Text;
using Bot.Files;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Domain.Team;

namespace Bot.Tests.Team;

/// <summary>The team's roster files, read back with the libraries an organizer's tools would use.</summary>
public sealed class RosterFilesTests
{
    private static readonly Roster Roster = new(
        "Danh sách thành viên Tổ tuyên truyền viên – Ủy ban MTTQ Việt Nam Quận 5",
        "Kèm theo quyết định ra mắt Tổ tuyên truyền viên · 4 thành viên · lập ngày 01/03/2025",
        [
            new("Phường 1", "Nguyễn Thị Hoa", "Tổ trưởng tổ dân phố", "Thành viên", new DateOnly(2025, 3, 2)),
            new("Phường 1", "=cmd|' /C calc'!A0", "-1", "Cán bộ đầu mối đơn vị", new DateOnly(2025, 3, 3)),
            new("Phường 8", "Lê Thị Cúc", "@SUM(A1)", "Ban Tổ chức", null),
            new("Hội Liên hiệp Phụ nữ Quận 5", "Phạm Minh Đức", "+84 912 345 678", "Thành viên", new DateOnly(2024, 12, 31)),
        ]);

    private readonly TeamFiles files = new();

    [Fact]
    public void Xlsx_is_a_valid_workbook_with_the_launch_title_units_and_members()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(files.RosterXlsx(Roster)), false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var cells = Cells(document);
        Assert.Equal(Roster.Title, cells["A1"]);
        Assert.Equal(Roster.Subtitle, cells["A2"]);
        Assert.Equal(RosterColumns.Headers, Enumerable.Range(0, 6).Select(i => cells[$"{SheetWriter.ColumnName(i)}3"]));
        Assert.Equal("Phường 1 (2 người)", cells["A4"]);
        Assert.Equal(["1", "Nguyễn Thị Hoa", "Tổ trưởng tổ dân phố", "Phường 1", "Thành viên", "02/03/2025"], Row(cells, 5));
        Assert.Equal("Phường 8 (1 người)", cells["A7"]);
        Assert.Equal(["3", "Lê Thị Cúc", "'@SUM(A1)", "Phường 8", "Ban Tổ chức", string.Empty], Row(cells, 8));
        Assert.Equal("Hội Liên hiệp Phụ nữ Quận 5 (1 người)", cells["A9"]);
        Assert.Equal("4", cells["A10"]);
        Assert.Equal(RosterWorkbook.SheetName, document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name?.Value);
    }

    [Fact]
    public void Xlsx_holds_no_formula_and_neutralizes_what_starts_like_one()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(files.RosterXlsx(Roster)), false);

        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(sheet.Descendants<CellFormula>());
        var cells = Cells(document);
        Assert.All(cells.Values, v => Assert.False(SpreadsheetSafety.StartsDangerously(v), v));
        Assert.Equal("'=cmd|' /C calc'!A0", cells["B6"]);
        Assert.Equal("'-1", cells["C6"]);
    }

    [Fact]
    public void Csv_has_a_bom_the_header_and_one_safe_row_per_member()
    {
        var bytes = files.RosterCsv(Roster);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = false });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(reader.Current.ToArray());
        }

        Assert.Equal(RosterColumns.Headers, records[0]);
        Assert.Equal(Roster.Rows.Count + 1, records.Count);
        Assert.Equal(["4", "Phạm Minh Đức", "'+84 912 345 678", "Hội Liên hiệp Phụ nữ Quận 5", "Thành viên", "31/12/2024"], records[4]);
        Assert.All(records.SelectMany(r => r), cell => Assert.False(SpreadsheetSafety.StartsDangerously(cell), cell));
        Assert.Contains("Nguyễn Thị Hoa", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    private static string[] Row(Dictionary<string, string> cells, int row) =>
        Enumerable.Range(0, 6).Select(i => cells.GetValueOrDefault($"{SheetWriter.ColumnName(i)}{row}", string.Empty)).ToArray();

    private static Dictionary<string, string> Cells(SpreadsheetDocument document)
    {
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        return document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Cell>()
            .Where(c => c.CellValue is not null)
            .ToDictionary(c => c.CellReference!.Value!, c => strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]);
    }
}
