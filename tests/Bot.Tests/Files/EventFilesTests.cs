using System.Text;
using Bot.Files;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Ical.Net;
using Microsoft.Extensions.Time.Testing;
using static Bot.Tests.Files.Samples;

namespace Bot.Tests.Files;

/// <summary>The exports, read back with the libraries an organizer's tools would use.</summary>
public sealed class EventFilesTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private readonly EventFiles files = new(new FakeTimeProvider(MadeAt));

    // ---- CSV ----

    [Fact]
    public void Csv_starts_with_a_bom_and_one_header_row()
    {
        var bytes = files.AttendeesCsv(Meeting, Rows);

        Assert.Equal(Bom, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith(
            "Đơn vị,Họ và tên,Chức vụ,Trả lời,Lý do,Người dự thay,Chức vụ người dự thay,SĐT người dự thay,Điện thoại,Thời điểm trả lời,Điểm danh\r\n",
            text,
            StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_keeps_vietnamese_byte_for_byte()
    {
        var bytes = files.AttendeesCsv(Meeting, Rows);

        Assert.True(HoaName.IsNormalized(NormalizationForm.FormC));
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(HoaName)) > 0);
        Assert.Contains(HoaName, Read(bytes)[1]);
    }

    [Fact]
    public void Csv_neutralizes_cells_that_start_like_a_formula()
    {
        var records = Read(files.AttendeesCsv(Meeting, Rows));

        Assert.Equal(Rows.Count + 1, records.Count);
        Assert.Equal("'+84901234567", records[1][8]);
        Assert.Equal("'-1", records[2][2]);
        Assert.Equal("'=1+1", records[3][2]);
        Assert.Equal("'" + FormulaText, records[3][4]);
        Assert.Equal("'@SUM(A1)", records[3][5]);
        Assert.Equal("'+84 912 345 678", records[3][7]);
        Assert.Equal("'\t0911", records[3][8]);
        Assert.All(records.SelectMany(r => r), cell => Assert.False(SpreadsheetSafety.StartsDangerously(cell), cell));
    }

    [Fact]
    public void Csv_quotes_commas_quotes_and_line_breaks()
    {
        var bytes = files.AttendeesCsv(Meeting, Rows);

        Assert.Equal(TrickyReason, Read(bytes)[2][4]);
        Assert.Contains("\"Bận họp, \"\"khẩn\"\" ở phường\r\ndòng hai, cuối\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_shows_answer_times_in_the_meetings_offset()
    {
        var records = Read(files.AttendeesCsv(Meeting, Rows));

        Assert.Equal("20/04/2023 08:30", records[1][9]);
        Assert.Equal("21/04/2023 09:05", records[2][9]);
        Assert.Equal(string.Empty, records[3][9]);
    }

    [Fact]
    public void Csv_with_no_rows_is_the_header_alone()
    {
        var records = Read(files.AttendeesCsv(Meeting, []));

        Assert.Single(records);
        Assert.Equal("Đơn vị", records[0][0]);
    }

    // ---- XLSX ----

    [Fact]
    public void Xlsx_is_a_valid_workbook_with_one_sheet()
    {
        using var document = Open(files.AttendeesXlsx(Meeting, Rows));

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
        var sheet = Assert.Single(document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal(AttendeesWorkbook.SheetName, sheet.Name?.Value);
    }

    [Fact]
    public void Xlsx_has_the_title_then_the_header_frozen_below_it()
    {
        using var document = Open(files.AttendeesXlsx(Meeting, Rows));
        var cells = Cells(document);

        Assert.Equal(Meeting.Title, cells["A1"].Text);
        Assert.StartsWith("08g00 ngày 27/4/2023 (thứ Năm)", cells["A2"].Text, StringComparison.Ordinal);
        Assert.Equal("Đơn vị", cells["A3"].Text);
        Assert.Equal("Họ và tên", cells["B3"].Text);
        Assert.Equal("Thời điểm trả lời", cells["J3"].Text);

        var pane = Sheet(document).Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State?.Value);
        Assert.Equal(3, pane.VerticalSplit?.Value);
        Assert.Equal("A4", pane.TopLeftCell?.Value);
        Assert.All(Sheet(document).Descendants<Column>(), c => Assert.True(c.CustomWidth?.Value == true && c.Width?.Value > 8));
    }

    [Fact]
    public void Xlsx_groups_people_under_a_bold_unit_row()
    {
        using var document = Open(files.AttendeesXlsx(Meeting, Rows));
        var cells = Cells(document);

        Assert.Equal("Ban Thường trực (2 người)", cells["A4"].Text);
        Assert.Equal(HoaName, cells["B5"].Text);
        Assert.Equal("Trần Văn Bình", cells["B6"].Text);
        Assert.Equal("Phường 1 (2 người)", cells["A7"].Text);
        Assert.Equal("Lê Thị Cúc", cells["B8"].Text);
        Assert.Equal("Phường 1", cells["A8"].Text);
        Assert.Equal("Phạm Minh Đức", cells["B9"].Text);
        Assert.True(IsBold(document, cells["A4"].Cell));
        Assert.True(IsBold(document, cells["A7"].Cell));
        Assert.False(IsBold(document, cells["B5"].Cell));
        var merged = Sheet(document).Descendants<MergeCell>().Select(m => m.Reference?.Value).ToList();
        Assert.Contains("A4:K4", merged);
        Assert.Contains("A7:K7", merged);
    }

    [Fact]
    public void Xlsx_stores_every_value_as_text_and_never_a_formula()
    {
        using var document = Open(files.AttendeesXlsx(Meeting, Rows));
        var cells = Cells(document);

        Assert.Empty(Sheet(document).Descendants<CellFormula>());
        Assert.All(cells.Values.Where(c => c.Cell.CellValue is not null), c => Assert.Equal(CellValues.SharedString, c.Cell.DataType?.Value));
        Assert.Equal("'=1+1", cells["C8"].Text);
        Assert.Equal("'" + FormulaText, cells["E8"].Text);
        Assert.Equal("'@SUM(A1)", cells["F8"].Text);
        Assert.Equal("'-1", cells["C6"].Text);
        // Excel's own line break inside a cell is LF.
        Assert.Equal(TrickyReason.ReplaceLineEndings("\n"), cells["E6"].Text);
    }

    [Fact]
    public void Xlsx_keeps_phone_numbers_as_text_cells()
    {
        using var document = Open(files.AttendeesXlsx(Meeting, Rows));
        var cells = Cells(document);

        // A plain number stays as typed (a string cell cannot be evaluated); anything else is quoted.
        Assert.Equal("+84901234567", cells["I5"].Text);
        Assert.Equal("0909 123 456", cells["I6"].Text);
        Assert.Equal("+84 912 345 678", cells["H8"].Text);
        Assert.Equal("'\t0911", cells["I8"].Text);
        Assert.Equal("'+SUM(1)", cells["I9"].Text);
        Assert.Equal(CellValues.SharedString, cells["I5"].Cell.DataType?.Value);
        Assert.Equal(49u, Format(document, cells["I5"].Cell).NumberFormatId?.Value);
        Assert.Equal("20/04/2023 08:30", cells["J5"].Text);
    }

    [Fact]
    public void Xlsx_drops_characters_xml_cannot_carry_before_it_neutralizes()
    {
        Domain.Events.AttendeeRow[] rows = [Rows[0] with { Reason = "\u0001=1+1", Position = "Phó\u0000 Chủ tịch\uD800" }];

        using var document = Open(files.AttendeesXlsx(Meeting, rows));
        var cells = Cells(document);

        Assert.Equal("'=1+1", cells["E5"].Text);
        Assert.Equal("Phó Chủ tịch", cells["C5"].Text);
    }

    // ---- ICS ----

    [Fact]
    public void Calendar_has_the_event_in_the_meetings_time_zone()
    {
        var bytes = files.Calendar(Meeting, Saigon);

        Assert.False(bytes.AsSpan().StartsWith(Bom));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        Assert.Contains("TZID:Asia/Ho_Chi_Minh", text, StringComparison.Ordinal);

        var calendar = Calendar.Load(text)!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal("dai-hoi-2023@mttq-q5-bot", e.Uid);
        Assert.Equal(Meeting.Title, e.Summary);
        Assert.Equal("Asia/Ho_Chi_Minh", e.DtStart!.TzId);
        Assert.Equal(new DateTime(2023, 4, 27, 8, 0, 0), e.DtStart.Value);
        Assert.Equal(new DateTime(2023, 4, 27, 1, 0, 0, DateTimeKind.Utc), e.DtStart.AsUtc);
        Assert.Equal(new DateTime(2023, 4, 27, 5, 0, 0, DateTimeKind.Utc), e.DtEnd!.AsUtc);
        Assert.Equal(MadeAt.UtcDateTime, e.DtStamp!.AsUtc);
    }

    [Fact]
    public void Calendar_ends_at_the_meetings_own_end_and_says_the_street_once()
    {
        var meeting = Meeting with
        {
            EndsAt = new DateTimeOffset(2023, 4, 27, 11, 30, 0, TimeSpan.FromHours(7)),
            Venue = new Domain.Events.Venue("Hội trường 118 Ngô Quyền", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656),
        };

        var e = Assert.Single(Calendar.Load(Encoding.UTF8.GetString(files.Calendar(meeting, Saigon)))!.Events);

        Assert.Equal(new DateTime(2023, 4, 27, 4, 30, 0, DateTimeKind.Utc), e.DtEnd!.AsUtc);
        Assert.Equal("Asia/Ho_Chi_Minh", e.DtEnd.TzId);
        Assert.Equal("Hội trường 118 Ngô Quyền, Phường 8, Quận 5", e.Location);
    }

    [Fact]
    public void Calendar_has_the_venue_programme_and_a_reminder_the_day_before()
    {
        var calendar = Calendar.Load(Encoding.UTF8.GetString(files.Calendar(Meeting, Saigon)))!;
        var e = Assert.Single(calendar.Events);

        Assert.Equal("Hội trường Quận ủy Quận 5, 203 An Dương Vương, Phường 8, Quận 5", e.Location);
        Assert.Equal(10.7599, e.GeographicLocation!.Latitude, 6);
        Assert.Equal(106.6679, e.GeographicLocation.Longitude, 6);
        Assert.Equal(Meeting.Programme, e.Description!.Split('\n'));

        var alarm = Assert.Single(e.Alarms);
        Assert.Equal(AlarmAction.Display, alarm.Action);
        Assert.Equal(TimeSpan.FromDays(-1), alarm.Trigger!.Duration!.Value.ToTimeSpanUnspecified());
    }

    // ---- helpers ----

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

    private static Worksheet Sheet(SpreadsheetDocument document) =>
        document.WorkbookPart!.WorksheetParts.Single().Worksheet;

    private static Dictionary<string, (Cell Cell, string Text)> Cells(SpreadsheetDocument document)
    {
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        return Sheet(document).Descendants<Cell>().ToDictionary(
            c => c.CellReference!.Value!,
            c => (c, c.CellValue is null ? string.Empty : strings[int.Parse(c.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture)]));
    }

    private static CellFormat Format(SpreadsheetDocument document, Cell cell) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private static bool IsBold(SpreadsheetDocument document, Cell cell)
    {
        var fontId = (int)(Format(document, cell).FontId?.Value ?? 0);
        var font = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt(fontId);
        return font.Bold is not null;
    }
}
