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
public sealed partial class ComposeTests
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
        Assert.Equal([new Button($"08g00 ngày 27/4/2027 (thứ Ba) – {Title}", $"bc:b:{Id}"), new Button("Không gắn", "bc:b:")], question.AllButtons());
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
    public void An_organizer_in_english_composes_with_english_questions()
    {
        bot.Store.Put(Session.New(Boss, Lang.En));

        ToPreview(bot, Boss);

        var confirm = bot.LastWithButtons(Boss)!;
        Assert.Equal(Texts.NoticeConfirm.En(2, "All members"), confirm.Text.Value);
        Assert.Equal(["📨 Send", "Change the text", "Change the recipients", "Cancel"], confirm.AllButtons().Select(b => b.Label));
    }
}
