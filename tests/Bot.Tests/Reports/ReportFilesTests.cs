using System.Text;
using Bot.Files;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Reports;
using SkiaSharp;

namespace Bot.Tests.Reports;

/// <summary>The round's files read back by independent readers: the Open XML SDK, CsvHelper's text, SkiaSharp.</summary>
public sealed class ReportFilesTests
{
    public static readonly Meeting Meeting = new()
    {
        Id = "hn-mxh-2027",
        ShortTitle = "Hội nghị MXH 27/4",
        Title = "Hội nghị đánh giá hiệu quả các trang mạng xã hội",
        StartsAt = new DateTimeOffset(2027, 4, 27, 8, 0, 0, TimeSpan.FromHours(7)),
        RsvpDeadline = new DateTimeOffset(2027, 4, 25, 17, 0, 0, TimeSpan.FromHours(7)),
        Venue = new Venue("Hội trường", "118 Ngô Quyền", 10.7578, 106.6656),
    };

    public static readonly UnitCatalog Units = new(Enumerable.Range(1, 14).Select(i => new Unit($"P{i:00}", $"Phường {i}", UnitGroup.Ward)));

    /// <summary>Every ward but the last reports; ward i has i pages with figures made from i.</summary>
    public static ReportSummary Sample(int units = 14, int pages = 2)
    {
        var catalog = new UnitCatalog(Enumerable.Range(1, units).Select(i => new Unit($"U{i:000}", $"Phường {i}", UnitGroup.Ward)));
        var round = new ReportingRound { Id = "r1", MeetingId = Meeting.Id, Deadline = Meeting.RsvpDeadline, RequiredUnits = catalog.All.Select(u => u.Code).ToList(), OpenedBy = "tg:1" };
        var reports = catalog.All.Take(units - 1).Select((u, i) => new UnitReport
        {
            Id = UnitReport.IdFor("r1", u.Code),
            RoundId = "r1",
            UnitCode = u.Code,
            Versions = [new ReportVersion(Content(i + 1, pages), "tg:5", Meeting.RsvpDeadline.AddDays(-3))],
        });
        return ReportSummary.Build(round, reports, catalog);
    }

    public static ReportContent Content(int n, int pages) => new()
    {
        Pages = Enumerable.Range(0, pages).Select(p => new ReportPage
        {
            Platform = (PagePlatform)(p % 6),
            Name = $"Trang {n}.{p} – Mặt trận",
            Url = $"https://facebook.com/mttq{n}{p}",
            Followers = (1000 * n) + p,
            Posts = [n, 2L * n, 3L * n],
            Admins = 2,
            Collaborators = n,
        }).ToList(),
        OpinionItems = [n, n, n],
        FalseContent = n,
        Difficulties = $"Khó khăn của phường {n}",
        Proposals = $"Đề xuất của phường {n}",
        Nominations = [new Nomination { Kind = NomineeKind.Person, Name = $"Nguyễn Văn {n}", UnitName = $"Phường {n}", Achievement = "Viết nhiều bài" }],
    };

    private static readonly NominationRow[] Nominated = [new("Cá nhân", "Nguyễn Văn A", "Phường 8", "Phường 8", "Viết 120 bài", "Lê Thị Lan", true)];

    [Fact]
    public void The_workbook_holds_every_units_figures_and_validates()
    {
        var summary = Sample();
        using var document = SpreadsheetDocument.Open(new MemoryStream(ReportsWorkbook.Write(summary, Meeting)), false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.InnerText;
        Assert.Contains("Phường 14", strings, StringComparison.Ordinal);
        Assert.Contains(ReportsTable.NotReported, strings, StringComparison.Ordinal);
        Assert.Contains(SummaryReaders.XlsxRows(ReportsWorkbook.Write(summary, Meeting), MeetingSheet.HeaderRow), r => r[3] == summary.Totals.Followers.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_csv_has_a_line_per_unit_and_page_and_the_total()
    {
        var summary = Sample();
        var lines = Encoding.UTF8.GetString(ReportsCsv.Write(summary)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(1 + 14 + (13 * 2) + 1, lines.Length);
        Assert.StartsWith("Phường 14,Chưa báo cáo,", lines[^2], StringComparison.Ordinal);
        Assert.Contains($",{summary.Totals.Followers},", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_draft_opens_validates_and_holds_each_units_figures_and_words()
    {
        var summary = Sample();
        var docx = ReportsDraftDocument.Write(summary, Meeting, new Organization(), Nominated, new DateOnly(2027, 4, 20));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Select(e => e[Math.Max(0, e.Length - 300)..]));
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = string.Join('\n', body.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Contains("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN 5", text, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
        Assert.Contains("2021–2023", text, StringComparison.Ordinal);
        Assert.Contains("\"Khó khăn của phường 13\"", text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn A", text, StringComparison.Ordinal);
        var rows = body.Elements<Table>().Single().Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        foreach (var unit in summary.Units.Where(u => u.Reported))
        {
            var row = rows.Single(r => r[0].StartsWith(unit.UnitName + " (", StringComparison.Ordinal));
            Assert.Equal([ReportNumbers.Format(unit.Totals!.Followers), .. unit.Totals.Posts.Select(ReportNumbers.Format)], row.Skip(2).Take(4));
        }
    }

    [Fact]
    public void The_nominations_workbook_validates()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(ReportsWorkbook.Nominations(Nominated, Meeting)), false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Contains("Viết 120 bài", document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_is_a_png_of_the_expected_size()
    {
        var png = ReportsChartImage.Render(Sample(), "Hội nghị MXH 27/4");

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((ReportsChartImage.Width, ReportsChartImage.HeightFor(14, 3)), (bitmap.Width, bitmap.Height));
        var colours = Enumerable.Range(0, bitmap.Width / 4).SelectMany(x => Enumerable.Range(0, bitmap.Height / 4).Select(y => bitmap.GetPixel(x * 4, y * 4))).Distinct().Count();
        Assert.True(colours > 20, $"{colours} colours");
    }
}
