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
        var notice = bot.NoticeOf(FirstId)!;
        Assert.Equal(BroadcastActions.Progress(Lang.Vi, notice, Saigon, 0, 2, 0).Value, ((TextOut)progress.Message).Text.Value);
        Assert.Equal([Texts.NoticeProgress.Vi(Opening(notice), SentAt(notice), 0, 2, 0)], bot.TextsTo(Boss));
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
}
