using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Broadcasts;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Notices;

/// <summary>
/// Organizers recognise a notice by its first words and the time it left, not by its id: the
/// progress line, the final report, the stop answer, the stop list and the history all name it so.
/// </summary>
public sealed class NoticeNamingTests
{
    private const string Opening = "Kính mời các đồng chí dự hội nghị…";
    private static readonly string SentAt = Texts.NoticeSentAt.Vi("09", "00", "1/3/2025");

    private static readonly UserKey Boss = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public NoticeNamingTests()
    {
        Put(bot);
        AddMember(bot, Alice, "Nguyễn Thị An", "P01", "+84901000001");
    }

    [Fact]
    public void The_progress_line_names_the_notice_by_its_words_and_time()
    {
        var notice = Send(bot, Boss);

        var progress = Assert.Single(bot.TextsTo(Boss), t => t.StartsWith("📨", StringComparison.Ordinal));
        Assert.DoesNotContain(notice.Id, progress, StringComparison.Ordinal);
        Assert.Contains(Opening, progress, StringComparison.Ordinal);
        Assert.Contains(SentAt, progress, StringComparison.Ordinal);
    }

    [Fact]
    public void The_final_report_names_the_notice_by_its_words_and_time()
    {
        var notice = Send(bot, Boss);
        bot.Replies(Boss);

        bot.Deliver(NoticeAdmin.Done(notice, 1, 0, [], 0, bot.Now));

        var report = Assert.Single(bot.TextsTo(Boss));
        Assert.DoesNotContain(notice.Id, report, StringComparison.Ordinal);
        Assert.Contains(Opening, report, StringComparison.Ordinal);
        Assert.Contains(SentAt, report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stop_list_and_the_stop_answer_name_the_notice_by_its_words_and_time()
    {
        var notice = Send(bot, Boss);
        bot.Replies(Boss);

        bot.Command(Boss, "/huythongbao");
        var label = Assert.Single(bot.LastWithButtons(Boss)!.AllButtons()).Label;
        bot.Press(Boss, $"nt:stop:{notice.Id}");

        Assert.Equal($"{SentAt} – {Opening}", label);
        var stopped = bot.TextsTo(Boss)[^1];
        Assert.DoesNotContain(notice.Id, stopped, StringComparison.Ordinal);
        Assert.Contains(Opening, stopped, StringComparison.Ordinal);
    }

    [Fact]
    public void The_history_names_each_notice_by_its_time_and_words()
    {
        var notice = Send(bot, Boss);
        bot.Replies(Boss);

        bot.Command(Boss, "/lichsu");

        var history = Assert.Single(bot.TextsTo(Boss));
        Assert.DoesNotContain(notice.Id, history, StringComparison.Ordinal);
        Assert.Contains($"{SentAt} · ", history, StringComparison.Ordinal);
        Assert.Contains(Opening, history, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_whose_text_holds_markup_is_named_escaped()
    {
        var notice = Seed(bot, "tb-markup", bot.Now, text: "&lt;b&gt;Họp&lt;/b&gt; &amp; bàn");

        bot.Deliver(NoticeAdmin.Done(notice, 0, 0, [], 0, bot.Now));

        Assert.Contains("&lt;b&gt;Họp&lt;/b&gt; &amp; bàn", Assert.Single(bot.TextsTo(Boss)), StringComparison.Ordinal);
    }
}
