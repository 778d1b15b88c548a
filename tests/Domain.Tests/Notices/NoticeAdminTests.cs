using Domain.Conversations;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Broadcasts;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Notices;

/// <summary>After a notice leaves: /huythongbao stops it, the sender's done signal reports it, /lichsu lists it.</summary>
public sealed partial class NoticeAdminTests
{
    private static readonly UserKey Boss = ConversationDriver.Organizer;
    private static readonly UserKey Dave = new("tg", "104");

    private readonly ConversationDriver bot = Driver();

    public NoticeAdminTests()
    {
        Put(bot);
        AddMember(bot, Alice, "Nguyễn Thị An", "P01", "+84901000001");
        AddMember(bot, Bob, "Trần Văn Bình", "P02", "+84901000002");
        AddMember(bot, Carol, "Lê Thị Cúc", "P03", "+84901000003");
    }

    [Fact]
    public void Stop_with_nothing_sending_says_so()
    {
        Seed(bot, "tb-done", bot.Now.AddHours(-1), NoticeStatus.Done);

        bot.Command(Boss, "/huythongbao");

        Assert.Equal([Texts.NothingSending.Vi()], bot.TextsTo(Boss));
    }

    [Fact]
    public void Stop_lists_the_notices_still_sending_newest_first_with_a_button_each()
    {
        Seed(bot, "tb-old", bot.Now.AddHours(-3), text: "Thông báo cũ");
        Seed(bot, "tb-done", bot.Now.AddHours(-2), NoticeStatus.Done);
        Seed(bot, "tb-stopped", bot.Now.AddHours(-1), NoticeStatus.Cancelled);
        Seed(bot, "tb-new", bot.Now.AddMinutes(-5), text: "Thông báo mới");

        bot.Command(Boss, "/huythongbao");

        var question = Assert.Single(bot.Replies(Boss).OfType<TextOut>());
        Assert.Equal(Texts.ChooseNoticeToStop.Vi(), question.Text.Value);
        Assert.Equal(
            [
                new Button($"{SentAt(bot.NoticeOf("tb-new")!)} – Thông báo mới", "nt:stop:tb-new"),
                new Button($"{SentAt(bot.NoticeOf("tb-old")!)} – Thông báo cũ", "nt:stop:tb-old"),
            ],
            question.AllButtons());
    }

    [Fact]
    public void The_stop_list_shows_a_long_notice_by_its_first_words_as_plain_text()
    {
        var notice = Seed(bot, "tb-long", bot.Now, text: "&lt;b&gt; " + new string('x', 50));

        bot.Command(Boss, "/huythongbao");

        var label = Assert.Single(bot.LastWithButtons(Boss)!.AllButtons()).Label;
        Assert.Equal($"{SentAt(notice)} – <b>…", label);
    }

    [Fact]
    public void The_stop_list_never_cuts_an_emoji_in_half_when_shortening()
    {
        Seed(bot, "tb-emoji", bot.Now, text: new string('x', 39) + "📢 Họp khẩn");

        bot.Command(Boss, "/huythongbao");

        var label = Assert.Single(bot.LastWithButtons(Boss)!.AllButtons()).Label;
        Assert.True(IsWellFormed(label), $"'{label}' ends in half a surrogate pair: U+{(int)label[^2]:X4}");
    }

    [Fact]
    public void Stopping_a_sending_notice_cancels_its_tagged_messages()
    {
        var notice = Send(bot, Boss);
        bot.Command(Boss, "/huythongbao");

        bot.Press(Boss, $"nt:stop:{notice.Id}");

        Assert.Equal([$"notice-media:{notice.Id}", $"notice:{notice.Id}"], bot.Turns[^1].Changes.CancelledTags);
    }

    [Fact]
    public void Stopping_a_sending_notice_marks_it_cancelled_audits_it_and_tells_the_organizer()
    {
        var notice = Send(bot, Boss);
        bot.Command(Boss, "/huythongbao");
        bot.Replies(Boss);

        bot.Press(Boss, $"nt:stop:{notice.Id}");

        Assert.Equal(NoticeStatus.Cancelled, bot.NoticeOf(notice.Id)!.Status);
        Assert.Null(bot.NoticeOf(notice.Id)!.FinishedAt);
        var entry = bot.Audit[^1];
        Assert.Equal((Boss, "notice.cancelled", notice.Id), (entry.By, entry.Action, entry.Subject));
        Assert.Equal([Texts.NoticeStopped.Vi(Opening(notice), SentAt(notice))], bot.TextsTo(Boss));
    }

    [Fact]
    public void Stopping_sends_nothing_to_the_recipients()
    {
        var notice = Send(bot, Boss);
        var before = bot.Deliveries().Count;

        bot.PressData(Boss, $"nt:stop:{notice.Id}");

        Assert.All(bot.Deliveries().Skip(before), d => Assert.Equal(Boss, d.To));
    }

    [Theory]
    [InlineData(NoticeStatus.Done)]
    [InlineData(NoticeStatus.Cancelled)]
    public void Stopping_a_notice_no_longer_sending_is_no_longer_valid(NoticeStatus status)
    {
        var notice = Seed(bot, "tb-1", bot.Now, status);
        bot.Replies(Boss);

        bot.PressData(Boss, "nt:stop:tb-1");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Boss));
        Assert.Empty(bot.Turns[^1].Changes.CancelledTags);
        Assert.Same(notice, bot.NoticeOf("tb-1"));
        Assert.Empty(bot.Audit);
    }

    [Theory]
    [InlineData("nt:stop:tb-nope")]
    [InlineData("nt:stop:")]
    [InlineData("nt:delete:tb-1")]
    [InlineData("nt:")]
    public void A_stop_button_for_no_notice_is_no_longer_valid(string data)
    {
        var notice = Seed(bot, "tb-1", bot.Now);

        bot.PressData(Boss, data);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Boss));
        Assert.Empty(bot.Turns[^1].Changes.CancelledTags);
        Assert.Same(notice, bot.NoticeOf("tb-1"));
    }

    [Fact]
    public void Stopping_a_notice_while_composing_another_keeps_the_compose()
    {
        var notice = Seed(bot, "tb-1", bot.Now.AddMinutes(-10));
        bot.Command(Boss, "/thongbao");
        bot.Text(Boss, Broadcasts.Text);

        bot.PressData(Boss, $"nt:stop:{notice.Id}");

        Assert.Equal(NoticeStatus.Cancelled, bot.NoticeOf(notice.Id)!.Status);
        Assert.Equal((BroadcastFlow.FlowName, "Audience"), (bot.SessionOf(Boss)!.Flow, bot.SessionOf(Boss)!.State));
    }

    /// <summary>No lone half of a surrogate pair (which channels show as "�").</summary>
    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
