using Domain.Notices;
using Domain.Text;

namespace Domain.Tests.Notices;

/// <summary>The progress line the organizer sees while a notice goes out, edited in place by the sender.</summary>
public sealed class ProgressTests
{
    [Fact]
    public void Progress_in_vietnamese_groups_thousands_with_dots()
    {
        Assert.Equal("📨 Thông báo tb1: đã gửi 1.234/5.000 · 3 lỗi", BroadcastActions.Progress(Lang.Vi, "tb1", 1234, 5000, 3).Value);
    }

    [Fact]
    public void Progress_in_english_groups_thousands_with_commas()
    {
        Assert.Equal("📨 Notice tb1: sent 1,234/5,000 · 3 failed", BroadcastActions.Progress(Lang.En, "tb1", 1234, 5000, 3).Value);
    }

    [Theory]
    [InlineData(Lang.Vi, "📨 Thông báo tb1: đã gửi 0/7 · 0 lỗi")]
    [InlineData(Lang.En, "📨 Notice tb1: sent 0/7 · 0 failed")]
    public void Progress_below_a_thousand_has_no_separator(Lang lang, string expected)
    {
        Assert.Equal(expected, BroadcastActions.Progress(lang, "tb1", 0, 7, 0).Value);
    }

    [Fact]
    public void Progress_groups_every_three_digits_and_the_failures_too()
    {
        Assert.Equal("📨 Thông báo tb1: đã gửi 1.234.567/2.000.000 · 1.001 lỗi", BroadcastActions.Progress(Lang.Vi, "tb1", 1_234_567, 2_000_000, 1_001).Value);
    }

    [Fact]
    public void Progress_escapes_nothing_it_need_not_and_keeps_the_id_as_given()
    {
        Assert.Equal("📨 Notice tb250301-090000-9001: sent 1/1 · 0 failed", BroadcastActions.Progress(Lang.En, "tb250301-090000-9001", 1, 1, 0).Value);
    }
}
