using System.Text;
using Bot.Files;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Domain.CheckIn;
using Domain.Guests;
using static Bot.Tests.Files.Samples;

namespace Bot.Tests.Guests;

/// <summary>The conference day's files, read back by independent readers.</summary>
public sealed class GuestFilesTests
{
    private readonly GuestFiles files = new();

    [Fact]
    public void The_door_QR_decodes_back_to_the_deep_link_and_has_room_for_the_code_under_it()
    {
        const string link = "https://t.me/mttq_q5_test_bot?start=d_AbCdEfGhIjKlMnOpQrStUv";

        var (text, width, height) = QrDecoder.Decode(files.QrPng(link, "/diemdanh K7M2QX"));

        Assert.Equal(link, text);
        Assert.Equal(0, width % QrImage.ModulePixels);
        Assert.Equal(width + QrImage.CaptionHeight, height);
    }

    [Fact]
    public void The_guest_links_come_back_as_a_csv_excel_reads()
    {
        var csv = files.GuestLinksCsv([new GuestLinkRow("Nguyễn Văn An", "Ban Dân vận Quận ủy", "Phó Trưởng ban", "+84912345678", "https://t.me/b?start=g_x", "/start g_x")]);

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', GuestFiles.LinkHeaders), lines[0]);
        Assert.StartsWith("Nguyễn Văn An,Ban Dân vận Quận ủy,Phó Trưởng ban,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("https://t.me/b?start=g_x,/start g_x", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_sign_in_sheet_is_valid_A4_and_holds_every_attendee_once_in_the_given_order()
    {
        var sheet = new SignInSheet(
            "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN 5",
            "DANH SÁCH ĐẠI BIỂU KÝ TÊN",
            ["STT", "Họ và tên", "Đơn vị", "Chức vụ", "Ký tên"],
            [
                new SignInGroup("Khách mời", [new SignInRow("Nguyễn Văn An", "Ban Dân vận Quận ủy", "Phó Trưởng ban")]),
                new SignInGroup("Phường 1", [new SignInRow("Lê Thị Hoa", "Phường 1", "Tổ trưởng"), new SignInRow("=HYPERLINK(\"x\")", "Phường 1", "Ủy viên")]),
            ]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(files.SignInSheet(Meeting, sheet)), false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var worksheet = document.WorkbookPart.WorksheetParts.Single().Worksheet;
        string Text(Cell c) => c.CellValue is null ? string.Empty : strings[int.Parse(c.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture)];
        var rows = worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(Text).ToList()).ToList();
        Assert.Equal(["STT", "Họ và tên", "Đơn vị", "Chức vụ", "Ký tên"], rows[3]);
        var people = rows.Skip(4).Where(r => r.Count == 5 && r[0].Length > 0 && char.IsDigit(r[0][0])).ToList();
        Assert.Equal(["1", "2", "3"], people.Select(p => p[0]));
        Assert.Equal(["Nguyễn Văn An", "Lê Thị Hoa", "'=HYPERLINK(\"x\")"], people.Select(p => p[1]));
        Assert.StartsWith("Khách mời", rows[4][0], StringComparison.Ordinal);
        var setup = worksheet.Elements<PageSetup>().Single();
        Assert.Equal((9u, OrientationValues.Portrait), (setup.PaperSize!.Value, setup.Orientation!.Value));
    }

    [Fact]
    public void Every_printed_page_of_a_long_sign_in_sheet_repeats_the_column_headers()
    {
        var people = Enumerable.Range(1, 120).Select(i => new SignInRow($"Người số {i}", "Phường 1", "Tổ viên")).ToList();
        var sheet = new SignInSheet("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN 5", "DANH SÁCH ĐẠI BIỂU KÝ TÊN", ["STT", "Họ và tên", "Đơn vị", "Chức vụ", "Ký tên"], [new SignInGroup("Phường 1", people)]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(files.SignInSheet(Meeting, sheet)), false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var workbook = document.WorkbookPart!.Workbook;
        var titles = Assert.Single(workbook.DefinedNames!.Elements<DefinedName>());
        Assert.Equal(("_xlnm.Print_Titles", 0u), (titles.Name!.Value, titles.LocalSheetId!.Value));
        Assert.Equal($"'{SignInWorkbook.SheetName}'!${SignInWorkbook.HeaderRow}:${SignInWorkbook.HeaderRow}", titles.Text);
        Assert.Equal(SignInWorkbook.SheetName, workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        Assert.Equal(125, document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>().Count());
    }
}
