using System.Globalization;
using System.Text;
using Bot.Files;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Domain.Events;
using Domain.Reports;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Bot.Tests.Reports;

/// <summary>
/// The district files read back for how their figures are written: numbers in the workbook (Excel
/// sums and sorts them), plain in the CSV, grouped "1.250" in the draft; the opinion items one
/// column per year; the draft's formal frame from the meeting's plan; the chart's axis in Vietnamese.
/// </summary>
public sealed class ReportFigureCellsTests
{
    private static readonly Meeting Planned = ReportFilesTests.Meeting with
    {
        Issuing = new IssuingDetails { PlanNumber = "27/KH-MTTQ-BTT", Place = "Quận 5", IssuedOn = new DateOnly(2027, 4, 1), SignerTitle = "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH", SignerName = "Trần Nam Đức" },
    };

    [Fact]
    public void The_workbooks_figures_are_number_cells_and_its_words_stay_text()
    {
        var summary = ReportFilesTests.Sample();
        using var document = SpreadsheetDocument.Open(new MemoryStream(ReportsWorkbook.Write(summary, ReportFilesTests.Meeting)), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        var strings = document.WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        var rows = sheet.Descendants<Row>().Where(r => r.RowIndex!.Value > MeetingSheet.HeaderRow).ToList();
        var headers = ReportsTable.Headers(summary);
        Assert.EndsWith("– giai đoạn 2021–2023", strings[0], StringComparison.Ordinal);

        var figures = 0;
        foreach (var cell in rows.SelectMany(r => r.Elements<Cell>()))
        {
            var column = Column(cell.CellReference!.Value!);
            if (column < ReportsTable.TextColumns)
            {
                Assert.Equal(CellValues.SharedString, cell.DataType?.Value);
            }
            else if (cell.CellValue is { } value)
            {
                Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{cell.CellReference} is {cell.DataType?.Value}");
                Assert.True(long.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out _), value.Text);
                figures++;
            }
        }

        var total = rows[^1].Elements<Cell>().ToList();
        Assert.Equal(summary.Totals.Followers.ToString(CultureInfo.InvariantCulture), total[3].CellValue!.Text);
        Assert.Equal(summary.OpinionItems.Select(o => o.ToString(CultureInfo.InvariantCulture)), total.Skip(headers.Count - 4).Take(3).Select(c => c.CellValue!.Text));
        Assert.True(figures > summary.Units.Count * headers.Count / 2, $"{figures} figures");
        var missing = rows.Single(r => r.Elements<Cell>().Any(c => c.DataType?.Value == CellValues.SharedString && strings[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)] == ReportsTable.NotReported));
        Assert.All(missing.Elements<Cell>().Skip(ReportsTable.TextColumns), c => Assert.Null(c.CellValue));
    }

    [Fact]
    public void The_opinion_items_have_a_column_per_year_in_the_workbook_the_csv_and_the_draft()
    {
        var summary = ReportFilesTests.Sample();
        string[] opinionHeaders = ["Nắm bắt dư luận 2021", "Nắm bắt dư luận 2022", "Nắm bắt dư luận 2023"];
        var unit = summary.Units[2];

        var csv = SummaryReaders.CsvRows(ReportsCsv.Write(summary));
        var xlsx = SummaryReaders.XlsxRows(ReportsWorkbook.Write(summary, ReportFilesTests.Meeting), MeetingSheet.HeaderRow - 1);
        var docx = SummaryReaders.DocxTable(ReportsDraftDocument.Write(summary, Planned, new(), [], new DateOnly(2027, 4, 20)), out _);

        Assert.Equal(opinionHeaders, ReportsTable.Headers(summary).Skip(9).Take(3));
        Assert.Equal(opinionHeaders, xlsx[0].Skip(9).Take(3));
        Assert.Equal(opinionHeaders, docx[0].Skip(8).Take(3));
        var opinions = unit.OpinionItems!.Select(o => o.ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(opinions, csv.Single(r => r[0].StartsWith(unit.UnitName + " (", StringComparison.Ordinal)).Skip(9).Take(3));
        Assert.Equal(opinions, xlsx.Single(r => r[0].StartsWith(unit.UnitName + " (", StringComparison.Ordinal)).Skip(9).Take(3));
        Assert.Equal(opinions, docx.Single(r => r[0].StartsWith(unit.UnitName + " (", StringComparison.Ordinal)).Skip(8).Take(3));
    }

    [Fact]
    public void The_csvs_figures_are_plain_numbers()
    {
        var summary = ReportFilesTests.Sample();
        var text = Encoding.UTF8.GetString(ReportsCsv.Write(summary));

        var total = SummaryReaders.CsvRows(ReportsCsv.Write(summary))[^1];
        Assert.All(total.Skip(ReportsTable.TextColumns), v => Assert.True(long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _), v));
        Assert.Contains($",{summary.Totals.Followers},", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_draft_has_the_number_line_the_place_and_date_the_signature_and_grouped_figures()
    {
        var summary = ReportFilesTests.Sample();
        var docx = ReportsDraftDocument.Write(summary, Planned, new(), [], new DateOnly(2027, 4, 20));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Word.Paragraph>().Select(p => p.InnerText).ToList();
        var table = SummaryReaders.DocxTable(docx, out _);

        Assert.Equal("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN 5", paragraphs[0]);
        Assert.Equal("Số:        /BC-MTTQ-BTT", paragraphs[1]);
        Assert.Equal("Quận 5, ngày 20 tháng 4 năm 2027", paragraphs[2]);
        Assert.Contains(paragraphs, p => p.Contains("giai đoạn 2021–2023", StringComparison.Ordinal));
        var signature = paragraphs.FindIndex(p => p == "TM. BAN THƯỜNG TRỰC");
        Assert.True(signature > paragraphs.FindIndex(p => p == "III. Đề xuất khen thưởng"));
        Assert.Equal("PHÓ CHỦ TỊCH", paragraphs[signature + 1]);
        Assert.Equal("Trần Nam Đức", paragraphs[^1]);
        Assert.Equal(ReportNumbers.Format(summary.Totals.Followers), table[^1][2]);
        Assert.Contains(".", table[^1][2], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_plans_particulars_the_draft_leaves_room_and_signs_for_the_committee()
    {
        var docx = ReportsDraftDocument.Write(ReportFilesTests.Sample(3, 1), ReportFilesTests.Meeting, new(), [], new DateOnly(2027, 4, 20));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Word.Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Equal("Số:        /BC-MTTQ", paragraphs[1]);
        Assert.Equal($"{ReportsDraftFrame.Blank}, ngày 20 tháng 4 năm 2027", paragraphs[2]);
        Assert.Contains("TM. ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN 5", paragraphs);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(1000, "1.000")]
    [InlineData(1250000, "1.250.000")]
    public void The_charts_count_axis_groups_thousands_the_vietnamese_way(double value, string label)
    {
        Assert.Equal(label, ReportsChartImage.TickLabel(value));
        Assert.Equal(label, ReportsChartImage.CountTicks().LabelFormatter(value));
    }

    private static int Column(string reference) =>
        reference.TakeWhile(char.IsAsciiLetterUpper).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;
}
