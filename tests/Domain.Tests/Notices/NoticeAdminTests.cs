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
public sealed class NoticeAdminTests
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
            [new Button("tb-new – Thông báo mới", "nt:stop:tb-new"), new Button("tb-old – Thông báo cũ", "nt:stop:tb-old")],
            question.AllButtons());
    }

    [Fact]
    public void The_stop_list_shows_a_long_notice_shortened_to_40_characters_as_plain_text()
    {
        Seed(bot, "tb-long", bot.Now, text: "&lt;b&gt; " + new string('x', 50));

        bot.Command(Boss, "/huythongbao");

        var label = Assert.Single(bot.LastWithButtons(Boss)!.AllButtons()).Label;
        Assert.Equal("tb-long – <b> " + new string('x', 36) + "…", label);
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
    public void The_history_never_cuts_an_emoji_in_half_when_shortening()
    {
        Seed(bot, "tb-emoji", bot.Now, NoticeStatus.Done, new string('x', 39) + "📢 Họp khẩn");

        bot.Command(Boss, "/lichsu");

        var text = Assert.Single(bot.TextsTo(Boss));
        Assert.True(IsWellFormed(text), "The history line holds half a surrogate pair.");
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
        Assert.Equal([Texts.NoticeStopped.Vi(notice.Id)], bot.TextsTo(Boss));
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

    [Fact]
    public void The_done_signal_reports_the_counts_to_the_organizer()
    {
        var notice = Send(bot, Boss);
        bot.Replies(Boss);

        bot.Deliver(NoticeAdmin.Done(notice, 2, 1, [], 0, bot.Now));

        Assert.Equal([Texts.NoticeReport.Vi(notice.Id, 3, "Tất cả thành viên", 2, 1, 0, 0)], bot.TextsTo(Boss));
    }

    [Fact]
    public void The_done_signal_names_the_members_who_could_not_be_reached()
    {
        var notice = Send(bot, Boss);
        bot.Replies(Boss);

        bot.Deliver(NoticeAdmin.Done(notice, 1, 2, [Bob, Carol], 0, bot.Now));

        Assert.Equal(
            [
                Texts.NoticeReport.Vi(notice.Id, 3, "Tất cả thành viên", 1, 2, 2, 0),
                Texts.NoticeUnreachableList.Vi("Trần Văn Bình, Lê Thị Cúc"),
            ],
            bot.TextsTo(Boss));
    }

    [Fact]
    public void An_unreachable_key_with_no_member_left_is_shown_as_the_key()
    {
        var notice = Send(bot, Boss);
        bot.Replies(Boss);

        bot.Deliver(NoticeAdmin.Done(notice, 3, 1, [Dave], 0, bot.Now));

        Assert.Equal(Texts.NoticeUnreachableList.Vi("tg:104"), bot.TextsTo(Boss)[^1]);
    }

    [Fact]
    public void The_names_of_unreachable_members_are_escaped()
    {
        AddMember(bot, Dave, "<b>Dũng</b> & co", "P04", "+84901000004");
        var notice = Send(bot, Boss);
        bot.Replies(Boss);

        bot.Deliver(NoticeAdmin.Done(notice, 3, 0, [Dave], 0, bot.Now));

        Assert.Equal(Texts.NoticeUnreachableList.Vi("<b>Dũng</b> & co"), bot.TextsTo(Boss)[^1]);
    }

    [Fact]
    public void The_report_reaches_the_organizer_in_their_language()
    {
        var notice = Send(bot, Boss);
        bot.Store.Put(bot.SessionOf(Boss)! with { Lang = Lang.En });
        bot.Replies(Boss);

        bot.Deliver(NoticeAdmin.Done(notice, 3, 0, [Alice], 0, bot.Now));

        Assert.Equal(
            [Texts.NoticeReport.En(notice.Id, 3, "Tất cả thành viên", 3, 0, 1, 0), Texts.NoticeUnreachableList.En("Nguyễn Thị An")],
            bot.TextsTo(Boss));
    }

    [Fact]
    public void The_done_signal_stores_the_counts_and_when_it_finished()
    {
        var notice = Send(bot, Boss);
        bot.Now = bot.Now.AddMinutes(7);

        bot.Deliver(NoticeAdmin.Done(notice, 1, 2, [Bob], 0, bot.Now));

        var done = bot.NoticeOf(notice.Id)!;
        Assert.Equal((NoticeStatus.Done, 1, 2, 1, 0), (done.Status, done.Sent, done.Failed, done.Unreachable, done.Cancelled));
        Assert.Equal(bot.Now, done.FinishedAt);
        Assert.Equal(notice.Recipients, done.Recipients);
        Assert.Equal(notice.Text, done.Text);
    }

    [Fact]
    public void A_stopped_notice_stays_cancelled_when_its_done_signal_arrives()
    {
        var notice = Send(bot, Boss);
        bot.PressData(Boss, $"nt:stop:{notice.Id}");
        bot.Replies(Boss);

        bot.Deliver(NoticeAdmin.Done(notice, 1, 0, [], 2, bot.Now));

        var done = bot.NoticeOf(notice.Id)!;
        Assert.Equal((NoticeStatus.Cancelled, 1, 0, 2), (done.Status, done.Sent, done.Failed, done.Cancelled));
        Assert.NotNull(done.FinishedAt);
        Assert.Equal([Texts.NoticeReport.Vi(notice.Id, 3, "Tất cả thành viên", 1, 0, 0, 2)], bot.TextsTo(Boss));
    }

    [Fact]
    public void A_second_done_signal_changes_nothing_and_says_nothing()
    {
        var notice = Send(bot, Boss);
        bot.Deliver(NoticeAdmin.Done(notice, 3, 0, [], 0, bot.Now));
        var first = bot.NoticeOf(notice.Id);
        bot.Replies(Boss);
        bot.Now = bot.Now.AddMinutes(1);

        bot.Deliver(NoticeAdmin.Done(notice, 0, 3, [Alice], 0, bot.Now));

        Assert.Same(first, bot.NoticeOf(notice.Id));
        Assert.Empty(bot.Turns[^1].Changes.Upserts.OfType<Notice>());
        Assert.Empty(bot.TextsTo(Boss));
    }

    [Fact]
    public void A_forged_done_signal_from_a_user_does_nothing()
    {
        var notice = Send(bot, Boss);
        var args = ((SignalIn)NoticeAdmin.Done(notice, 0, 3, [Alice], 0, bot.Now).Event).Args;
        bot.Replies(Boss);
        bot.Replies(Alice);

        bot.Send(Boss, new SignalIn(NoticeAdmin.DoneSignal, Alice, args));
        bot.Send(Alice, new SignalIn(NoticeAdmin.DoneSignal, Alice, args));

        var unchanged = bot.NoticeOf(notice.Id)!;
        Assert.Equal((NoticeStatus.Sending, 0, 0, (DateTimeOffset?)null), (unchanged.Status, unchanged.Sent, unchanged.Failed, unchanged.FinishedAt));
        Assert.Empty(bot.Turns[^1].Changes.Upserts.OfType<Notice>());
        Assert.Empty(bot.Turns[^2].Changes.Upserts.OfType<Notice>());
        Assert.Empty(bot.TextsTo(Boss));
        Assert.Empty(bot.TextsTo(Alice));
    }

    [Theory]
    [InlineData("tb-nope|1|0|0|")]
    [InlineData("tb250301-090000-9001|1|0|0")]
    [InlineData("")]
    public void A_done_signal_for_no_notice_or_with_missing_counts_does_nothing(string args)
    {
        var notice = Send(bot, Boss);
        bot.Replies(Boss);

        bot.Send(Boss, new SignalIn(NoticeAdmin.DoneSignal, NoticeAdmin.System, args));

        Assert.Equal(NoticeStatus.Sending, bot.NoticeOf(notice.Id)!.Status);
        Assert.Empty(bot.TextsTo(Boss));
    }

    [Fact]
    public void The_done_envelope_is_the_signal_of_the_sender_for_the_notices_author()
    {
        var notice = Seed(bot, "tb-1", bot.Now, createdBy: People.SecondOrganizer);

        var envelope = NoticeAdmin.Done(notice, 5, 1, [Alice, Bob], 2, bot.Now);

        Assert.Equal(("notice-done:tb-1", People.SecondOrganizer, bot.Now), (envelope.Id, envelope.From, envelope.At));
        Assert.Equal(new SignalIn("notice.done", NoticeAdmin.System, "tb-1|5|1|2|tg:101,tg:102"), envelope.Event);
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
        var ids = lines.Skip(1).Where(l => l.StartsWith("tb-", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]);
        Assert.Equal(["tb-12", "tb-11", "tb-10", "tb-09", "tb-08", "tb-07", "tb-06", "tb-05", "tb-04", "tb-03"], ids);
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
            Texts.NoticeHistoryLine.Vi("tb-c", "đang gửi", "Đang đi", 1, 0, 0, 0, 0),
            Texts.NoticeHistoryLine.Vi("tb-b", "đã dừng", "Dừng lại", 2, 1, 0, 0, 1),
            Texts.NoticeHistoryLine.Vi("tb-a", "đã xong", "Họp & bàn", 3, 2, 1, 1, 0));
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
            [Texts.NoticeHistoryHeader.En() + "\n" + Texts.NoticeHistoryLine.En("tb-a", "stopped", "Stop", 0, 0, 0, 0, 0)],
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
        Assert.Contains($"{notice.Id} · đã xong · ", finished, StringComparison.Ordinal);
        Assert.Contains("3 người nhận · gửi 3 · lỗi 0 · chặn 0 · hủy 0", finished, StringComparison.Ordinal);
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
