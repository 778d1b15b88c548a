using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;

namespace Domain.Tests.Notices;

/// <summary>The first words and the send time that name a notice to organizers.</summary>
public sealed class NoticeLabelTests
{
    private static Notice With(string text) => new()
    {
        Id = "tb1",
        Text = text,
        Audience = "Tất cả",
        CreatedBy = "tg:9001",
        CreatedAt = new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero),
    };

    [Theory]
    [InlineData("Họp chi bộ", "Họp chi bộ")]
    [InlineData("Kính mời các đồng chí dự hội nghị tuyên truyền viên.", "Kính mời các đồng chí dự hội nghị…")]
    [InlineData("Một\nhai   ba", "Một hai ba")]
    [InlineData("<b>Khẩn</b>: họp", "Khẩn: họp")]
    [InlineData("   ", "…")]
    public void The_opening_is_the_first_words_in_plain_text(string text, string expected)
    {
        Assert.Equal(expected, NoticeLabel.Opening(With(text)));
    }

    [Fact]
    public void The_opening_stops_before_a_word_that_would_pass_forty_characters()
    {
        var opening = NoticeLabel.Opening(With("Thông báo về việc tổ chức Hội nghị đại biểu tuyên truyền viên"));

        Assert.Equal("Thông báo về việc tổ chức Hội nghị…", opening);
    }

    [Fact]
    public void A_long_first_word_is_cut_between_whole_characters()
    {
        var opening = NoticeLabel.Opening(With(new string('x', 39) + "📢📢 họp"));

        Assert.Equal(new string('x', 39) + "📢…", opening);
    }

    [Fact]
    public void The_send_time_is_on_the_organizers_clock_in_their_language()
    {
        var notice = With("Họp");

        Assert.Equal(Texts.NoticeSentAt.Vi("06", "30", "1/1/2026"), NoticeLabel.SentAt(notice, Meetings.Saigon, Lang.Vi));
        Assert.Equal(Texts.NoticeSentAt.En("06", "30", "1/1/2026"), NoticeLabel.SentAt(notice, Meetings.Saigon, Lang.En));
    }
}
