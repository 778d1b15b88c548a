using Domain.Conversations;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Broadcasts;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Notices;

public sealed partial class NoticeAdminTests
{
    [Fact]
    public void The_history_never_cuts_an_emoji_in_half_when_shortening()
    {
        Seed(bot, "tb-emoji", bot.Now, NoticeStatus.Done, new string('x', 39) + "📢 Họp khẩn");

        bot.Command(Boss, "/lichsu");

        var text = Assert.Single(bot.TextsTo(Boss));
        Assert.True(IsWellFormed(text), "The history line holds half a surrogate pair.");
    }

    [Theory]
    [InlineData("/lichsu")]
    [InlineData("/notices")]
    public void History_with_no_notice_says_so(string command)
    {
        bot.Command(Boss, command);

        Assert.Equal([Texts.NoNotices.Vi()], bot.TextsTo(Boss));
    }

    [Fact]
    public void History_lists_at_most_ten_notices_newest_first_in_one_message()
    {
        for (var i = 1; i <= 12; i++)
        {
            Seed(bot, $"tb-{i:00}", bot.Now.AddHours(i - 20), NoticeStatus.Done, text: $"Thông báo số {i}");
        }

        bot.Command(Boss, "/lichsu");

        var text = Assert.Single(bot.TextsTo(Boss));
        var lines = text.Split('\n');
        Assert.Equal(Texts.NoticeHistoryHeader.Vi(), lines[0]);
        var named = lines.Skip(1).Where(l => !l.StartsWith(' ')).Select(l => l.Split('«')[1].TrimEnd('»'));
        Assert.Equal(Enumerable.Range(3, 10).Reverse().Select(i => $"Thông báo số {i}"), named);
    }

    [Fact]
    public void History_shows_each_notices_status_and_counts()
    {
        Seed(bot, "tb-a", bot.Now.AddHours(-3), NoticeStatus.Done, "Họp &amp; bàn", [Alice, Bob, Carol]);
        bot.Store.Put(bot.NoticeOf("tb-a")! with { Sent = 2, Failed = 1, Unreachable = 1, Cancelled = 0 });
        Seed(bot, "tb-b", bot.Now.AddHours(-2), NoticeStatus.Cancelled, "Dừng lại", [Alice, Bob]);
        bot.Store.Put(bot.NoticeOf("tb-b")! with { Sent = 1, Cancelled = 1, FinishedAt = bot.Now });
        Seed(bot, "tb-c", bot.Now.AddHours(-1), NoticeStatus.Sending, "Đang đi", [Alice]);

        bot.Command(Boss, "/lichsu");

        var expected = string.Join(
            "\n",
            Texts.NoticeHistoryHeader.Vi(),
            Texts.NoticeHistoryLine.Vi(SentAt(bot.NoticeOf("tb-c")!), "đang gửi", "Đang đi", 1, 0, 0, 0, 0),
            Texts.NoticeHistoryLine.Vi(SentAt(bot.NoticeOf("tb-b")!), "đã dừng", "Dừng lại", 2, 1, 0, 0, 1),
            Texts.NoticeHistoryLine.Vi(SentAt(bot.NoticeOf("tb-a")!), "đã xong", "Họp & bàn", 3, 2, 1, 1, 0));
        Assert.Equal([expected], bot.TextsTo(Boss));
        Assert.Contains("Họp &amp; bàn", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void History_in_english_names_the_statuses_in_english()
    {
        bot.Store.Put(Session.New(Boss, Lang.En));
        Seed(bot, "tb-a", bot.Now, NoticeStatus.Cancelled, "Stop");

        bot.Command(Boss, "/lichsu");

        Assert.Equal(
            [Texts.NoticeHistoryHeader.En() + "\n" + Texts.NoticeHistoryLine.En(SentAt(bot.NoticeOf("tb-a")!, Lang.En), "stopped", "Stop", 0, 0, 0, 0, 0)],
            bot.TextsTo(Boss));
    }

    [Fact]
    public void A_sent_notice_appears_in_the_history_as_sending_and_after_the_report_as_finished()
    {
        var notice = Send(bot, Boss);
        bot.Command(Boss, "/lichsu");
        var sending = bot.TextsTo(Boss)[^1];
        bot.Deliver(NoticeAdmin.Done(notice, 3, 0, [], 0, bot.Now));
        bot.Replies(Boss);

        bot.Command(Boss, "/lichsu");

        Assert.Contains(" · đang gửi · ", sending, StringComparison.Ordinal);
        var finished = Assert.Single(bot.TextsTo(Boss));
        Assert.Contains($"{SentAt(notice)} · {Texts.NoticeStatusDone.Vi} · ", finished, StringComparison.Ordinal);
        Assert.Contains("3 người nhận · gửi 3 · lỗi 0 · chặn 0 · hủy 0", finished, StringComparison.Ordinal);
    }
}
