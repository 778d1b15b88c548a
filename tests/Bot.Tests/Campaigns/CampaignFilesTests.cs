using System.Text;
using Bot.Files;
using Domain.Campaigns;
using SkiaSharp;

namespace Bot.Tests.Campaigns;

/// <summary>A campaign's export and the monthly chart, read back with independent readers.</summary>
public sealed class CampaignFilesTests
{
    private static readonly Campaign Sample = new()
    {
        Id = "cd261203-090000-t9001",
        Title = "Chia sẻ bài \"Ngày hội Đại đoàn kết\"",
        Action = "Chia sẻ",
        AudienceSpec = "all",
        AudienceText = "Tất cả thành viên",
        Deadline = new DateTimeOffset(2026, 12, 6, 13, 0, 0, TimeSpan.Zero),
        CreatedBy = "telegram:9001",
        CreatedAt = new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero),
    };

    private static readonly IReadOnlyList<CampaignAnswerRow> Rows =
    [
        new("Phường 1", "Lê Thị Lan", "Đã thực hiện", ["https://facebook.com/lan/posts/1", "https://zalo.me/g/abc"], ["AgACAgIAAxkBAAIB"], null, new DateTimeOffset(2026, 12, 3, 3, 15, 0, TimeSpan.Zero)),
        new("Phường 2", "=cmd|' /C calc'!A0", "Không thực hiện được", [], [], "@SUM(A1) bận", new DateTimeOffset(2026, 12, 3, 4, 0, 0, TimeSpan.Zero)),
        new("Phường 3", "Phạm Thu", "Chưa phản hồi", [], [], null, null),
    ];

    private readonly CampaignFiles files = new();

    [Fact]
    public void The_workbook_is_valid_with_the_title_the_headers_and_one_row_per_member()
    {
        var xlsx = files.AnswersXlsx(Sample, Rows);

        Assert.Empty(CampaignXlsx.Errors(xlsx));
        var rows = CampaignXlsx.Rows(xlsx);
        Assert.Equal(Sample.Title, rows[0][0]);
        Assert.Equal(CampaignColumns.Headers, rows[2]);
        Assert.Equal(["Phường 1", "Lê Thị Lan", "Đã thực hiện", "https://facebook.com/lan/posts/1\nhttps://zalo.me/g/abc", "AgACAgIAAxkBAAIB", string.Empty, "03/12/2026 10:15"], rows[3]);
        Assert.Equal("'=cmd|' /C calc'!A0", rows[4][1]);
        Assert.Equal("'@SUM(A1) bận", rows[4][5]);
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public void The_csv_has_a_bom_the_headers_and_neutralized_cells()
    {
        var csv = files.AnswersCsv(Sample, Rows);

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var text = Encoding.UTF8.GetString(csv, 3, csv.Length - 3);
        Assert.StartsWith(string.Join(',', CampaignColumns.Headers) + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains("'=cmd|' /C calc'!A0", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=cmd", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_is_a_png_of_the_expected_size_and_drawn()
    {
        var chart = new CampaignChart("Tỷ lệ hoàn thành chiến dịch tháng 12/2026", "3 chiến dịch · toàn Tổ 75%", [("Phường 1", 100), ("Phường 2", 50), ("Hội Liên hiệp Phụ nữ", 0)]);

        var png = files.SummaryChart(chart);

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((CampaignChartImage.Width, CampaignChartImage.HeightFor(3)), (bitmap.Width, bitmap.Height));
        var colours = Enumerable.Range(0, bitmap.Width / 4).SelectMany(x => Enumerable.Range(0, bitmap.Height / 4).Select(y => bitmap.GetPixel(x * 4, y * 4))).Distinct().Count();
        Assert.True(colours > 10, $"{colours} colours");
    }
}
