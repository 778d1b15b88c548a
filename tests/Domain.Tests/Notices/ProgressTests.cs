using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;

namespace Domain.Tests.Notices;

/// <summary>The progress line the organizer sees while a notice goes out, edited in place by the sender.</summary>
public sealed class ProgressTests
{
    private static readonly Notice Sample = new()
    {
        Id = "tb250301-090000-t9001",
        Text = "Họp chi bộ",
        Audience = "Tất cả",
        CreatedBy = "tg:9001",
        CreatedAt = new DateTimeOffset(2025, 3, 1, 9, 5, 0, TimeSpan.FromHours(7)),
    };

    private static readonly string SentVi = Texts.NoticeSentAt.Vi("09", "05", "1/3/2025");
    private static readonly string SentEn = Texts.NoticeSentAt.En("09", "05", "1/3/2025");

    private static string Line(Lang lang, int sent, int total, int failed) =>
        BroadcastActions.Progress(lang, Sample, Meetings.Saigon, sent, total, failed).Value;

    [Fact]
    public void Progress_in_vietnamese_groups_thousands_with_dots()
    {
        Assert.Equal(Texts.NoticeProgress.Vi("Họp chi bộ", SentVi, "1.234", "5.000", "3"), Line(Lang.Vi, 1234, 5000, 3));
    }

    [Fact]
    public void Progress_in_english_groups_thousands_with_commas()
    {
        Assert.Equal(Texts.NoticeProgress.En("Họp chi bộ", SentEn, "1,234", "5,000", "3"), Line(Lang.En, 1234, 5000, 3));
    }

    [Theory]
    [InlineData(Lang.Vi)]
    [InlineData(Lang.En)]
    public void Progress_below_a_thousand_has_no_separator(Lang lang)
    {
        var sentAt = lang == Lang.Vi ? SentVi : SentEn;
        Assert.Equal(Texts.NoticeProgress.For(lang, "Họp chi bộ", sentAt, "0", "7", "0").Value, Line(lang, 0, 7, 0));
    }

    [Fact]
    public void Progress_groups_every_three_digits_and_the_failures_too()
    {
        Assert.Equal(Texts.NoticeProgress.Vi("Họp chi bộ", SentVi, "1.234.567", "2.000.000", "1.001"), Line(Lang.Vi, 1_234_567, 2_000_000, 1_001));
    }

    [Fact]
    public void Progress_never_shows_the_notices_id()
    {
        Assert.DoesNotContain(Sample.Id, Line(Lang.Vi, 1, 1, 0), StringComparison.Ordinal);
        Assert.DoesNotContain(Sample.Id, Line(Lang.En, 1, 1, 0), StringComparison.Ordinal);
    }
}
