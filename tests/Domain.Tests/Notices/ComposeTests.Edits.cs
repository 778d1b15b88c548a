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

public sealed partial class ComposeTests
{
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
    public void A_preview_of_nobody_offers_no_send_and_a_forged_send_is_refused_with_the_buttons_again()
    {
        ToPreview(bot, Boss, audience: ["bc:group", "bc:g:District"]);
        var preview = bot.Replies(Boss).OfType<TextOut>().Last();
        Assert.Equal(Texts.PreviewNobody.Vi(Texts.GroupDistrict.Vi), preview.Text.Value);
        Assert.Equal(
            [Texts.EditNoticeText.Plain(Lang.Vi), Texts.EditNoticeAudience.Plain(Lang.Vi), Texts.Cancel.Plain(Lang.Vi)],
            preview.Buttons.SelectMany(r => r).Select(b => b.Label));

        bot.PressData(Boss, "bc:send");

        var refusal = bot.Replies(Boss).OfType<TextOut>().ToList();
        Assert.Equal([Texts.NoRecipients.Vi(), Texts.PreviewNobody.Vi(Texts.GroupDistrict.Vi)], refusal.Select(t => t.Text.Value));
        Assert.Equal(preview.Buttons, refusal[^1].Buttons);
        bot.Press(Boss, Texts.EditNoticeAudience.Plain(Lang.Vi));
        Assert.Equal(Texts.AskAudience.Vi(), bot.TextsTo(Boss)[^1]);
        Assert.Equal("Audience", bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void Send_to_an_audience_with_nobody_is_refused_and_the_preview_stays()
    {
        ToPreview(bot, Boss, audience: ["bc:group", "bc:g:District"]);
        bot.Replies(Boss);

        bot.PressData(Boss, "bc:send");

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
        bot.PressData(Boss, "bc:send");
        bot.Press(Boss, "Sửa người nhận");
        bot.Press(Boss, "bc:all");

        bot.Press(Boss, "bc:send");

        Assert.Equal(2, bot.Tagged(Notice.TagFor(FirstId)).Count);
    }
}
