using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

public sealed partial class RsvpTests
{
    [Theory]
    [InlineData(MemberStatus.Pending)]
    [InlineData(MemberStatus.Rejected)]
    public void A_member_who_is_not_approved_cannot_answer(MemberStatus status)
    {
        Registering.Seed(bot, Bob, status, "Trần Văn Bình");

        bot.PressData(Bob, Yes);

        Assert.Equal([Texts.RsvpMembersOnly.Vi()], bot.TextsTo(Bob));
        Assert.StartsWith("Chỉ thành viên đã được duyệt", Texts.RsvpMembersOnly.Vi(), StringComparison.Ordinal);
        Assert.Empty(bot.Store.All<Rsvp>());
    }

    [Theory]
    [InlineData(Yes)]
    [InlineData(No)]
    [InlineData(Sub)]
    public void An_unregistered_user_cannot_answer_and_nothing_is_stored(string data)
    {
        bot.PressData(Carol, data);

        Assert.Equal([Texts.RsvpMembersOnly.Vi()], bot.TextsTo(Carol));
        Assert.Empty(bot.Store.All<Rsvp>());
        Assert.Null(bot.SessionOf(Carol)!.Flow);
    }

    [Fact]
    public void An_unknown_meeting_is_not_found()
    {
        bot.PressData(Alice, "rsvp:yes:hn-19990101");

        Assert.Equal([Texts.MeetingGone.Vi()], bot.TextsTo(Alice));
        Assert.Contains("Không tìm thấy", Texts.MeetingGone.Vi(), StringComparison.Ordinal);
        Assert.Empty(bot.Store.All<Rsvp>());
    }

    [Theory]
    [InlineData("rsvp:yes", false)]
    [InlineData("rsvp", false)]
    [InlineData("rsvp:", false)]
    [InlineData($"rsvp:maybe:{Id}", false)]
    [InlineData($"rsvp:YES:{Id}", false)]
    [InlineData("rsvp:yes:", true)]
    public void A_forged_answer_button_stores_nothing(string data, bool namesAMeeting)
    {
        bot.PressData(Alice, data);

        Assert.Equal([(namesAMeeting ? Texts.MeetingGone : Texts.ButtonExpired).Vi()], bot.TextsTo(Alice));
        Assert.Empty(bot.Store.All<Rsvp>());
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Theory]
    [InlineData("rsvp:yes")]
    [InlineData($"rsvp:maybe:{Id}")]
    public void A_forged_answer_without_a_meeting_or_with_an_unknown_answer_says_the_button_is_no_longer_valid(string data)
    {
        bot.PressData(Alice, data);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Contains("không còn hiệu lực", Texts.ButtonExpired.Vi(), StringComparison.Ordinal);
        Assert.Empty(bot.Store.All<Rsvp>());
    }

    [Fact]
    public void A_skip_press_outside_any_answer_is_no_longer_valid_and_stores_nothing()
    {
        bot.PressData(Alice, SkipData);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Empty(bot.Store.All<Rsvp>());
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_skip_press_at_the_name_question_is_no_longer_valid_and_the_question_stays()
    {
        bot.PressData(Alice, Sub);
        bot.Replies(Alice);

        bot.PressData(Alice, SkipData);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Equal((RsvpFlow.FlowName, "DelegateName"), (bot.SessionOf(Alice)!.Flow, bot.SessionOf(Alice)!.State));
        Assert.Empty(bot.Store.All<Rsvp>());
    }

    [Fact]
    public void A_skip_press_for_another_meeting_is_no_longer_valid()
    {
        Put(bot, Sample("hn-20270510", Local(2027, 5, 10, 8, 0), Local(2027, 5, 8, 17, 0)));
        bot.PressData(Alice, No);
        bot.Replies(Alice);

        bot.PressData(Alice, "rsvp:skip:hn-20270510");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Equal("Reason", bot.SessionOf(Alice)!.State);
        Assert.Empty(bot.Store.All<Rsvp>());
    }
}
