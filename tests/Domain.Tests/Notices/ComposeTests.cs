using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Broadcasts;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Notices;

/// <summary>An organizer composes a broadcast with /thongbao, through the real router, and sends it.</summary>
public sealed class ComposeTests
{
    private static readonly UserKey Dave = new("tg", "104");
    private static readonly UserKey Boss = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public ComposeTests()
    {
        Put(bot);
        AddMember(bot, Alice, "Nguyễn Thị An", "P01", "+84901000001");
        AddMember(bot, Bob, "Trần Văn Bình", "P02", "+84901000002");
        AddMember(bot, Carol, "Lê Thị Cúc", "P03", "+84901000003", MemberStatus.Pending);
        AddMember(bot, Dave, "Phạm Văn Dũng", "P04", "+84901000004", MemberStatus.Rejected);
    }

    [Fact]
    public void Thongbao_asks_an_organizer_for_the_text()
    {
        bot.Command(Boss, "/thongbao");

        Assert.Equal([Texts.AskNoticeText.Vi()], bot.TextsTo(Boss));
        var session = bot.SessionOf(Boss)!;
        Assert.Equal((BroadcastFlow.FlowName, "Text"), (session.Flow, session.State));
    }

    [Fact]
    public void The_text_leads_to_the_audience_question_with_its_five_kinds()
    {
        bot.Command(Boss, "/thongbao");
        bot.Replies(Boss);

        bot.Text(Boss, Broadcasts.Text);

        var question = Assert.Single(bot.Replies(Boss).OfType<TextOut>());
        Assert.Equal(Texts.AskAudience.Vi(), question.Text.Value);
        Assert.Equal(
            [
                new Button("Tất cả thành viên", "bc:all"),
                new Button("Chọn đơn vị…", "bc:units"),
                new Button("Theo nhóm đơn vị…", "bc:group"),
                new Button(Texts.AudienceRsvp.Vi, "bc:rsvp"),
                new Button("Người đăng ký chờ duyệt", "bc:pending"),
            ],
            question.AllButtons());
        Assert.Equal("Audience", bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void The_audience_leads_to_the_answer_buttons_question_with_the_upcoming_meetings_and_none()
    {
        Put(bot, Sample("past-20250101", startsAt: Local(2025, 1, 1, 8, 0), deadline: Local(2024, 12, 30, 17, 0), title: "Hội nghị cũ"));
        bot.Command(Boss, "/thongbao");
        bot.Text(Boss, Broadcasts.Text);
        bot.Replies(Boss);

        bot.Press(Boss, "bc:all");

        var question = Assert.Single(bot.Replies(Boss).OfType<TextOut>());
        Assert.Equal(Texts.AskAttachButtons.Vi(), question.Text.Value);
        Assert.Equal([new Button(Title, $"bc:b:{Id}"), new Button("Không gắn", "bc:b:")], question.AllButtons());
        Assert.Equal("Buttons", bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void The_preview_is_three_messages_the_header_the_notice_and_the_confirmation()
    {
        ToPreview(bot, Boss, meetingId: Id);

        var shown = bot.AllSentTo(Boss).OfType<TextOut>().TakeLast(3).ToList();
        Assert.Equal(
            [Texts.NoticePreviewHeader.Vi(), Broadcasts.Text, Texts.NoticeConfirm.Vi(2, "Tất cả thành viên")],
            shown.Select(t => t.Text.Value));
        Assert.Empty(shown[0].Buttons);
        Assert.Equal(
            [new Button("✅ Tham dự", $"rsvp:yes:{Id}"), new Button("❌ Không tham dự", $"rsvp:no:{Id}"), new Button("👤 Cử người dự thay", $"rsvp:sub:{Id}")],
            shown[1].AllButtons());
        Assert.Equal("Preview", bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void The_confirmation_counts_the_recipients_and_offers_send_edit_text_edit_audience_and_cancel()
    {
        ToPreview(bot, Boss);

        var confirm = bot.LastWithButtons(Boss)!;
        Assert.Contains("<b>2</b> người", confirm.Text.Value, StringComparison.Ordinal);
        Assert.Equal(
            [
                ["📨 Gửi (bc:send)"],
                ["Sửa nội dung (bc:edtext)", "Sửa người nhận (bc:edaud)"],
                ["Hủy (bc:cancel)"],
            ],
            confirm.Buttons.Select(r => r.Select(b => $"{b.Label} ({b.Data})").ToArray()).ToArray());
    }

    [Fact]
    public void The_notice_in_the_preview_is_exactly_the_message_members_receive()
    {
        ToPreview(bot, Boss, meetingId: Id);
        var previewed = bot.AllSentTo(Boss).OfType<TextOut>().TakeLast(3).ElementAt(1);

        bot.Press(Boss, "bc:send");

        var received = Assert.IsType<TextOut>(bot.Tagged(Notice.TagFor(FirstId)).First(d => d.To == Alice).Message);
        Say.SameQuestion(previewed, received);
    }

    [Fact]
    public void Nothing_is_sent_to_members_before_send_is_pressed()
    {
        ToPreview(bot, Boss, meetingId: Id);

        Assert.Empty(bot.AllSentTo(Alice));
        Assert.Empty(bot.AllSentTo(Bob));
        Assert.Empty(bot.Store.All<Notice>());
    }

    [Fact]
    public void Send_queues_one_bulk_message_per_recipient_with_the_notices_tag()
    {
        ToPreview(bot, Boss);

        bot.Press(Boss, "bc:send");

        var bulk = bot.Deliveries().Where(d => d.Priority == Priority.Bulk).ToList();
        Assert.Equal([Alice, Bob], bulk.Select(d => d.To).OrderBy(k => k.ToString(), StringComparer.Ordinal));
        Assert.All(bulk, d => Assert.Equal($"notice:{FirstId}", d.Tag));
        Assert.All(bulk, d => Assert.Equal(Broadcasts.Text, Assert.IsType<TextOut>(d.Message).Text.Value));
        Assert.Empty(bot.AllSentTo(Carol));
        Assert.Empty(bot.AllSentTo(Dave));
    }

    [Fact]
    public void Send_gives_the_organizer_one_interactive_progress_message_tagged_with_the_notice()
    {
        ToPreview(bot, Boss);
        bot.Replies(Boss);

        bot.Press(Boss, "bc:send");

        var progress = Assert.Single(bot.Turns[^1].Changes.Deliveries, d => d.To == Boss && d.Message is TextOut);
        Assert.Equal((Priority.Interactive, $"progress:{FirstId}"), (progress.Priority, progress.Tag));
        Assert.Equal(BroadcastActions.Progress(Lang.Vi, FirstId, 0, 2, 0).Value, ((TextOut)progress.Message).Text.Value);
        Assert.Equal([$"📨 Thông báo {FirstId}: đã gửi 0/2 · 0 lỗi"], bot.TextsTo(Boss));
    }

    [Fact]
    public void Send_stores_the_notice_with_its_recipients_and_who_sent_it()
    {
        ToPreview(bot, Boss);

        bot.Press(Boss, "bc:send");

        var notice = bot.NoticeOf(FirstId)!;
        Assert.Equal(Broadcasts.Text, notice.Text);
        Assert.Equal("Tất cả thành viên", notice.Audience);
        Assert.Equal([Alice.ToString(), Bob.ToString()], notice.Recipients.Order(StringComparer.Ordinal));
        Assert.Equal((Boss.ToString(), bot.Now), (notice.CreatedBy, notice.CreatedAt));
        Assert.Equal((NoticeStatus.Sending, (string?)null, (DateTimeOffset?)null), (notice.Status, notice.MeetingId, notice.FinishedAt));
        Assert.Equal((0, 0, 0, 0), (notice.Sent, notice.Failed, notice.Unreachable, notice.Cancelled));
    }

    [Fact]
    public void Send_audits_the_notice_by_id_and_audience_without_its_text()
    {
        ToPreview(bot, Boss);

        bot.Press(Boss, "bc:send");

        var entry = Assert.Single(bot.Audit);
        Assert.Equal((Boss, "notice.sent", FirstId, bot.Now), (entry.By, entry.Action, entry.Subject, entry.At));
        Assert.Equal("all:2", entry.Details);
        Assert.DoesNotContain("Kính mời", entry.Details ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Send_leaves_the_flow()
    {
        ToPreview(bot, Boss);

        bot.Press(Boss, "bc:send");

        var session = bot.SessionOf(Boss)!;
        Assert.Equal((null, null), (session.Flow, session.State));
        Assert.Empty(session.Draft);
    }

    [Fact]
    public void The_organizers_html_is_escaped_so_a_typed_tag_stays_text()
    {
        var notice = Send(bot, Boss, "<b>Họp</b> & \"bàn\"");

        const string Escaped = "&lt;b&gt;Họp&lt;/b&gt; &amp; &quot;bàn&quot;";
        Assert.Equal(Escaped, notice.Text);
        Assert.All(bot.Tagged(notice.Tag), d => Assert.Equal(Escaped, ((TextOut)d.Message).Text.Value));
        Assert.Equal("<b>Họp</b> & \"bàn\"", new Html(notice.Text).ToPlain());
    }

    [Fact]
    public void A_text_longer_than_3500_characters_is_refused_with_its_length_and_the_question_stays()
    {
        bot.Command(Boss, "/thongbao");
        bot.Replies(Boss);

        bot.Text(Boss, new string('x', BroadcastFlow.MaxLength + 1));

        Assert.Equal([Texts.NoticeTooLong.Vi(3501)], bot.TextsTo(Boss));
        Assert.Contains("3501", Texts.NoticeTooLong.Vi(3501), StringComparison.Ordinal);
        Assert.Equal("Text", bot.SessionOf(Boss)!.State);
        Assert.Null(bot.SessionOf(Boss)!.Get("text"));
    }

    [Fact]
    public void A_text_of_exactly_3500_characters_is_taken()
    {
        bot.Command(Boss, "/thongbao");

        bot.Text(Boss, new string('x', BroadcastFlow.MaxLength));

        Assert.Equal("Audience", bot.SessionOf(Boss)!.State);
        Assert.Equal(BroadcastFlow.MaxLength, bot.SessionOf(Boss)!.Get("text")!.Length);
    }

    [Fact]
    public void A_sticker_instead_of_the_text_asks_for_text()
    {
        bot.Command(Boss, "/thongbao");
        bot.Replies(Boss);

        bot.Sticker(Boss);

        Assert.Equal([Texts.TextExpected.Vi()], bot.TextsTo(Boss));
        Assert.Equal("Text", bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void Typing_at_the_audience_question_asks_for_the_buttons()
    {
        bot.Command(Boss, "/thongbao");
        bot.Text(Boss, Broadcasts.Text);
        bot.Replies(Boss);

        bot.Text(Boss, "tất cả");

        Assert.Equal([Texts.UseButtons.Vi()], bot.TextsTo(Boss));
        Assert.Equal("Audience", bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void Answer_buttons_go_with_every_recipients_message()
    {
        var notice = Send(bot, Boss, meetingId: Id);

        Assert.Equal(Id, notice.MeetingId);
        var messages = bot.Tagged(notice.Tag).Select(d => (TextOut)d.Message).ToList();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal(
            [$"rsvp:yes:{Id}", $"rsvp:no:{Id}", $"rsvp:sub:{Id}"],
            m.AllButtons().Select(b => b.Data)));
    }

    [Fact]
    public void Answer_buttons_are_labelled_in_each_recipients_own_language()
    {
        bot.Store.Put(Session.New(Alice, Lang.En));

        var notice = Send(bot, Boss, meetingId: Id);

        var toAlice = (TextOut)bot.Tagged(notice.Tag).Single(d => d.To == Alice).Message;
        var toBob = (TextOut)bot.Tagged(notice.Tag).Single(d => d.To == Bob).Message;
        Assert.Equal(["✅ Attend", "❌ Decline", "👤 Send someone"], toAlice.AllButtons().Select(b => b.Label));
        Assert.Equal(["✅ Tham dự", "❌ Không tham dự", "👤 Cử người dự thay"], toBob.AllButtons().Select(b => b.Label));
    }

    [Fact]
    public void A_recipient_answers_the_meeting_with_the_notices_button()
    {
        Send(bot, Boss, meetingId: Id);

        bot.Press(Alice, $"rsvp:yes:{Id}");

        Assert.Equal(RsvpAnswer.Attending, RsvpOf(bot, Alice)!.Answer);
    }

    [Fact]
    public void Without_answer_buttons_the_members_message_has_none()
    {
        var notice = Send(bot, Boss);

        Assert.All(bot.Tagged(notice.Tag), d => Assert.Empty(((TextOut)d.Message).Buttons));
    }

    [Fact]
    public void Editing_the_text_from_the_preview_returns_to_the_preview_not_to_the_audience()
    {
        ToPreview(bot, Boss, meetingId: Id);
        bot.Press(Boss, "Sửa nội dung");
        Assert.Equal([Texts.AskNoticeText.Vi()], bot.TextsTo(Boss).TakeLast(1));

        bot.Text(Boss, "Nội dung mới");

        Assert.Equal(
            [Texts.NoticePreviewHeader.Vi(), "Nội dung mới", Texts.NoticeConfirm.Vi(2, "Tất cả thành viên")],
            bot.TextsTo(Boss));
        var session = bot.SessionOf(Boss)!;
        Assert.Equal("Preview", session.State);
        Assert.Equal(Id, session.Get("buttons"));
    }

    [Fact]
    public void Editing_the_recipients_from_the_preview_returns_to_the_preview_not_to_the_buttons_question()
    {
        ToPreview(bot, Boss, meetingId: Id);
        bot.Press(Boss, "Sửa người nhận");
        Assert.Equal(Texts.AskAudience.Vi(), bot.TextsTo(Boss)[^1]);

        bot.Press(Boss, "bc:units");
        bot.Press(Boss, "bc:u:P02");
        bot.Replies(Boss);
        bot.Press(Boss, "bc:udone");

        Assert.Equal(
            [Texts.NoticePreviewHeader.Vi(), Broadcasts.Text, Texts.NoticeConfirm.Vi(1, "Phường 2")],
            bot.TextsTo(Boss));
        Assert.Equal("Preview", bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void After_editing_the_recipients_send_goes_to_the_new_audience_with_the_buttons_kept()
    {
        ToPreview(bot, Boss, meetingId: Id);
        bot.Press(Boss, "Sửa người nhận");
        bot.Press(Boss, "bc:pending");

        bot.Press(Boss, "bc:send");

        var notice = bot.NoticeOf(FirstId)!;
        Assert.Equal([Carol.ToString()], notice.Recipients);
        Assert.Equal(Id, notice.MeetingId);
        Assert.Equal([Carol], bot.Tagged(notice.Tag).Select(d => d.To));
    }

    [Fact]
    public void After_editing_the_text_send_sends_the_new_text()
    {
        ToPreview(bot, Boss);
        bot.Press(Boss, "Sửa nội dung");
        bot.Text(Boss, "Nội dung mới");

        bot.Press(Boss, "bc:send");

        Assert.All(bot.Tagged(Notice.TagFor(FirstId)), d => Assert.Equal("Nội dung mới", ((TextOut)d.Message).Text.Value));
        Assert.Equal("Nội dung mới", bot.NoticeOf(FirstId)!.Text);
    }

    [Fact]
    public void A_second_edit_after_returning_to_the_preview_still_returns_to_the_preview()
    {
        ToPreview(bot, Boss);
        bot.Press(Boss, "Sửa nội dung");
        bot.Text(Boss, "Nội dung mới");
        bot.Press(Boss, "Sửa người nhận");
        bot.Replies(Boss);

        bot.Press(Boss, "bc:all");

        Assert.Equal(Texts.NoticePreviewHeader.Vi(), bot.TextsTo(Boss)[0]);
        Assert.Equal("Preview", bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void A_fresh_compose_after_an_edit_asks_every_question_again()
    {
        ToPreview(bot, Boss);
        bot.Press(Boss, "Sửa nội dung");
        bot.Command(Boss, "/thongbao");
        bot.Replies(Boss);

        bot.Text(Boss, Broadcasts.Text);

        Assert.Equal([Texts.AskAudience.Vi()], bot.TextsTo(Boss));
    }

    [Fact]
    public void Cancel_from_the_preview_sends_nothing_and_leaves_the_flow()
    {
        ToPreview(bot, Boss, meetingId: Id);
        bot.Replies(Boss);

        bot.Press(Boss, "Hủy");

        Assert.Equal([Texts.Cancelled.Vi()], bot.TextsTo(Boss));
        Assert.Empty(bot.Store.All<Notice>());
        Assert.DoesNotContain(bot.Deliveries(), d => d.Priority == Priority.Bulk || d.Tag is not null);
        Assert.Empty(bot.Audit);
        Assert.Null(bot.SessionOf(Boss)!.Flow);
    }

    [Fact]
    public void Typing_cancel_while_composing_sends_nothing_and_leaves_the_flow()
    {
        bot.Command(Boss, "/thongbao");
        bot.Text(Boss, Broadcasts.Text);

        bot.Text(Boss, "Hủy");

        Assert.Empty(bot.Store.All<Notice>());
        Assert.Null(bot.SessionOf(Boss)!.Flow);
    }

    [Fact]
    public void Send_to_an_audience_with_nobody_is_refused_and_the_preview_stays()
    {
        ToPreview(bot, Boss, audience: ["bc:group", "bc:g:District"]);
        Assert.Equal(Texts.NoticeConfirm.Vi(0, Texts.GroupDistrict.Vi), bot.TextsTo(Boss)[^1]);

        bot.Press(Boss, "bc:send");

        Assert.Equal([Texts.NoRecipients.Vi()], bot.TextsTo(Boss));
        Assert.StartsWith("Không có ai", Texts.NoRecipients.Vi(), StringComparison.Ordinal);
        Assert.Empty(bot.Store.All<Notice>());
        Assert.DoesNotContain(bot.Deliveries(), d => d.Priority == Priority.Bulk);
        Assert.Empty(bot.Audit);
        Assert.Equal((BroadcastFlow.FlowName, "Preview"), (bot.SessionOf(Boss)!.Flow, bot.SessionOf(Boss)!.State));
    }

    [Fact]
    public void After_an_empty_audience_is_refused_changing_the_recipients_lets_the_notice_go()
    {
        ToPreview(bot, Boss, audience: ["bc:group", "bc:g:District"]);
        bot.Press(Boss, "bc:send");
        bot.Press(Boss, "Sửa người nhận");
        bot.Press(Boss, "bc:all");

        bot.Press(Boss, "bc:send");

        Assert.Equal(2, bot.Tagged(Notice.TagFor(FirstId)).Count);
    }

    [Fact]
    public void An_organizer_in_english_composes_with_english_questions()
    {
        bot.Store.Put(Session.New(Boss, Lang.En));

        ToPreview(bot, Boss);

        var confirm = bot.LastWithButtons(Boss)!;
        Assert.Equal(Texts.NoticeConfirm.En(2, "All members"), confirm.Text.Value);
        Assert.Equal(["📨 Send", "Change the text", "Change the recipients", "Cancel"], confirm.AllButtons().Select(b => b.Label));
    }
}
