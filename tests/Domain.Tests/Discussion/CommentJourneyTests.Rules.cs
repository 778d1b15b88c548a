using System.Text;
using Domain.Conversations;
using Domain.Discussion;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Discussion.Commenting;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Discussion;

public sealed partial class CommentJourneyTests
{
    [Fact]
    public void A_meeting_that_has_started_takes_no_comments()
    {
        bot.Now = Meetings.Start;

        bot.Command(Alice, "/gopy");

        Assert.Equal([Texts.NoMeetingTakesComments.Vi()], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void The_meeting_starting_mid_way_drops_the_unsent_comment()
    {
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, FirstTopic);
        bot.Text(Alice, SampleText);
        bot.Press(Alice, "Không, chỉ gửi ý kiến");
        bot.Replies(Alice);
        bot.Now = Meetings.Start;

        bot.Press(Alice, "Gửi");

        Assert.Equal([Texts.CommentsClosed.Vi(Meetings.When(Meetings.Start))], bot.TextsTo(Alice));
        Assert.Empty(bot.Store.All<Comment>());
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Theory]
    [InlineData(MemberStatus.Pending)]
    [InlineData(MemberStatus.Rejected)]
    public void Only_approved_members_may_send_comments(MemberStatus status)
    {
        Member(bot, Bob, "Trần Văn Bình", "P01", status);

        bot.Command(Bob, "/gopy");
        bot.PressData(Bob, "gy:new");
        bot.PressData(Bob, $"gy:new:{Key}");

        Assert.Equal(Enumerable.Repeat(Texts.CommentMembersOnly.Vi(), 3), bot.TextsTo(Bob));
        Assert.Null(bot.SessionOf(Bob)!.Flow);
    }

    [Fact]
    public void An_organizer_from_the_configuration_who_is_no_member_cannot_send_comments()
    {
        bot.Command(ConversationDriver.Organizer, "/gopy");

        Assert.Equal([Texts.CommentMembersOnly.Vi()], bot.TextsTo(ConversationDriver.Organizer));
    }

    [Fact]
    public void A_member_removed_mid_way_cannot_finish()
    {
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, FirstTopic);
        Member(bot, Alice, "Nguyễn Thị Hoa", "P05", MemberStatus.Rejected);
        bot.Replies(Alice);

        bot.Text(Alice, SampleText);

        Assert.Equal([Texts.CommentMembersOnly.Vi()], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void The_button_of_a_reminder_starts_a_comment_for_its_meeting()
    {
        bot.Store.Put(Meeting with { Id = "hn-20270510", Title = "Hội nghị tháng Năm", StartsAt = Meetings.Local(2027, 5, 10, 8, 0) });

        bot.PressData(Alice, $"gy:new:{Key}");

        Assert.Equal([Texts.AskCommentTopic.Vi(Meeting.Title)], bot.TextsTo(Alice));
    }

    [Fact]
    public void The_button_of_a_reminder_after_the_start_says_comments_are_closed()
    {
        bot.Now = Meetings.Start.AddMinutes(1);

        bot.PressData(Alice, $"gy:new:{Key}");

        Assert.Equal([Texts.CommentsClosed.Vi(Meetings.When(Meetings.Start))], bot.TextsTo(Alice));
    }

    [Fact]
    public void Every_button_of_the_journey_fits_telegrams_64_bytes_even_for_a_long_meeting_id()
    {
        var longer = Meetings.Driver();
        longer.Now = bot.Now;
        longer.Store.Put(Meeting with { Id = new string('h', 52) });
        Member(longer, Alice, "Nguyễn Thị Hoa", "P05");
        Submit(longer, Alice);
        longer.Command(Alice, "/gopy");
        longer.Press(Alice, "🗑 Rút 1");

        Assert.All(AllButtons(longer), b => Assert.True(Encoding.UTF8.GetByteCount(b.Data) <= 64, b.Data));
    }
}
