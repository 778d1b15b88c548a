using Bot.Files;
using Domain.Events;
using Domain.Text;
using SkiaSharp;

namespace Bot.Tests.Files;

/// <summary>The /thongke picture: a real PNG of the expected size, drawn with a font that has every Vietnamese letter.</summary>
public sealed class HeadcountChartTests
{
    private static readonly Meeting Meeting = new()
    {
        Id = "hn-mxh-2023",
        ShortTitle = "Hội nghị MXH 27/4",
        Title = "Hội nghị đánh giá hiệu quả việc thực hiện các trang mạng xã hội",
        StartsAt = new DateTimeOffset(2027, 4, 27, 8, 0, 0, TimeSpan.FromHours(7)),
        RsvpDeadline = new DateTimeOffset(2027, 4, 25, 17, 0, 0, TimeSpan.FromHours(7)),
        Venue = new Venue("Hội trường", "118 Ngô Quyền", 10.7578, 106.6656),
        Expected = 120,
    };

    private static readonly HeadcountBar[] Bars =
    [
        new("Phường 1", 3, 1, 0, 2),
        new("Phường 8", 0, 0, 1, 4),
        new("Hội Liên hiệp Phụ nữ Quận 5", 2, 0, 0, 0),
        new("Ban quản trị fanpage Quân sự Quận 5", 0, 0, 0, 1),
    ];

    [Fact]
    public void The_chart_is_a_png_of_the_expected_size()
    {
        var png = HeadcountChartImage.Render(HeadcountChart.For(Lang.Vi, "MTTQ Quận 5", Meeting, Bars, 6));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((HeadcountChartImage.Width, HeadcountChartImage.HeightFor(Bars.Length)), (bitmap.Width, bitmap.Height));
        // Drawn, not blank: the four answer colours are there.
        var colours = Enumerable.Range(0, bitmap.Width / 4).SelectMany(x => Enumerable.Range(0, bitmap.Height / 4).Select(y => bitmap.GetPixel(x * 4, y * 4))).Distinct().Count();
        Assert.True(colours > 20, $"{colours} colours");
    }

    [Fact]
    public void The_labels_are_the_cores_words_with_their_diacritics()
    {
        var chart = HeadcountChart.For(Lang.Vi, "MTTQ Quận 5", Meeting, Bars, 6);

        Assert.Equal("MTTQ Quận 5 – Hội nghị MXH 27/4", chart.Title);
        Assert.Equal(Texts.StatsChartPlanned.For(Lang.Vi, 6, 120).ToPlain(), chart.Summary);
        Assert.Equal([Texts.AnswerAttending.Vi, Texts.AnswerDeclined.Vi, Texts.AnswerDelegatedShort.Vi, Texts.AnswerNone.Vi], chart.Series);
        Assert.Equal("Chưa xác nhận", chart.Series[3]);
    }

    [Fact]
    public void The_embedded_font_has_every_letter_the_chart_writes()
    {
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(ChartFont.Bytes));
        var chart = HeadcountChart.For(Lang.Vi, "MTTQ Quận 5", Meeting, Bars, 6);
        var words = string.Concat([chart.Title, chart.Summary, .. chart.Series, .. chart.Bars.Select(b => b.Unit)]);
        const string vietnamese = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĂÂĐÊÔƠƯỦY BAN MẶT TRẬN TỔ QUỐC";

        Assert.Equal("Inter", typeface.FamilyName);
        Assert.True(typeface.ContainsGlyphs(words + vietnamese));
    }

    [Fact]
    public void A_label_with_diacritics_is_drawn_differently_from_the_same_letters_without()
    {
        var with = HeadcountChartImage.Render(HeadcountChart.For(Lang.Vi, "MTTQ", Meeting, [new("Phường Chợ Quán", 1, 0, 0, 0)], 1));
        var without = HeadcountChartImage.Render(HeadcountChart.For(Lang.Vi, "MTTQ", Meeting, [new("Phuong Cho Quan", 1, 0, 0, 0)], 1));

        using var a = SKBitmap.Decode(with);
        using var b = SKBitmap.Decode(without);
        // Only the unit's label differs, left of the bars: the marks above and below the letters are drawn.
        var differing = Enumerable.Range(0, 200).SelectMany(x => Enumerable.Range(0, a.Height).Select(y => (x, y))).Count(p => a.GetPixel(p.x, p.y) != b.GetPixel(p.x, p.y));
        Assert.True(differing > 30, $"{differing} pixels differ");
        if (Environment.GetEnvironmentVariable("CHART_SAMPLE") is { Length: > 0 } sample)
        {
            File.WriteAllBytes(sample, HeadcountChartImage.Render(HeadcountChart.For(Lang.Vi, "MTTQ Quận 5", Meeting, Bars, 6)));
        }
    }
}
