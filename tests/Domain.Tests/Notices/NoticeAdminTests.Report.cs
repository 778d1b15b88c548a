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
    public void The_done_signal_reports_the_counts_to_the_organizer()
    {
        var notice = Send(bot, Boss);
        bot.Replies(Boss);

        bot.Deliver(NoticeAdmin.Done(notice, 2, 1, [], 0, bot.Now));

        Assert.Equal([Texts.NoticeReport.Vi(Opening(notice), SentAt(notice), 3, "Tất cả thành viên", 2, 1, 0, 0)], bot.TextsTo(Boss));
    }

    [Fact]
    public void The_done_signal_names_the_members_who_could_not_be_reached()
    {
        var notice = Send(bot, Boss);
        bot.Replies(Boss);

        bot.Deliver(NoticeAdmin.Done(notice, 1, 2, [Bob, Carol], 0, bot.Now));

        Assert.Equal(
            [
                Texts.NoticeReport.Vi(Opening(notice), SentAt(notice), 3, "Tất cả thành viên", 1, 2, 2, 0),
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
    public void An_unreachable_row_of_someone_erased_since_is_named_as_erased_not_by_its_address()
    {
        var notice = Send(bot, Boss);
        bot.Replies(Boss);

        bot.Deliver(NoticeAdmin.Done(notice, 2, 0, [Bob, Domain.Members.PersonalDataEraser.Nobody], 0, bot.Now));

        Assert.Equal(Texts.NoticeUnreachableList.Vi("Trần Văn Bình, " + Texts.ErasedName.Vi), bot.TextsTo(Boss)[^1]);
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
            [Texts.NoticeReport.En(Opening(notice), SentAt(notice, Lang.En), 3, "Tất cả thành viên", 3, 0, 1, 0), Texts.NoticeUnreachableList.En("Nguyễn Thị An")],
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
        Assert.Equal([Texts.NoticeReport.Vi(Opening(notice), SentAt(notice), 3, "Tất cả thành viên", 1, 0, 0, 2)], bot.TextsTo(Boss));
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
}
