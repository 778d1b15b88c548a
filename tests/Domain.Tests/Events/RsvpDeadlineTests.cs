using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>
/// Answers close at the deadline, 17g00 ngày 25/4/2027 in Asia/Ho_Chi_Minh; the meeting itself
/// starts at 08g00 ngày 27/4/2027.
/// </summary>
public sealed class RsvpDeadlineTests
{
    private const string Yes = $"rsvp:yes:{Id}";
    private const string No = $"rsvp:no:{Id}";
    private const string Sub = $"rsvp:sub:{Id}";

    private static readonly string Closed = Texts.RsvpClosed.Vi("17g00 ngày 25/4/2027 (Chủ nhật)");

    private readonly ConversationDriver bot = Driver();

    public RsvpDeadlineTests()
    {
        Put(bot);
        Registering.Seed(bot, Alice, MemberStatus.Approved);
    }

    [Fact]
    public void The_deadline_is_five_pm_local_which_is_ten_am_utc()
    {
        Assert.Equal(new DateTimeOffset(2027, 4, 25, 10, 0, 0, TimeSpan.Zero), Deadline);
    }

    [Fact]
    public void An_answer_a_millisecond_before_the_deadline_is_accepted()
    {
        bot.Now = Local(2027, 4, 25, 16, 59, 59, 999);

        bot.PressData(Alice, Yes);

        Assert.Equal(RsvpAnswer.Attending, RsvpOf(bot, Alice)!.Answer);
        Assert.Equal([Texts.RsvpAttending.Vi(Title)], bot.TextsTo(Alice));
    }

    [Fact]
    public void An_answer_a_millisecond_before_the_deadline_given_in_utc_is_accepted()
    {
        bot.Now = new DateTimeOffset(2027, 4, 25, 9, 59, 59, 999, TimeSpan.Zero);

        bot.PressData(Alice, Yes);

        Assert.NotNull(RsvpOf(bot, Alice));
    }

    [Theory]
    [InlineData("2027-04-25T17:00:00+07:00")]
    [InlineData("2027-04-25T10:00:00+00:00")]
    [InlineData("2027-04-25T17:00:00.001+07:00")]
    [InlineData("2027-04-26T08:00:00+07:00")]
    [InlineData("2027-04-27T07:59:59+07:00")]
    public void An_answer_at_or_after_the_deadline_is_refused_with_the_deadline_shown(string now)
    {
        bot.Now = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);

        bot.PressData(Alice, Yes);

        var texts = bot.TextsTo(Alice);
        Assert.Equal([Closed], texts);
        Assert.Contains("17g00 ngày 25/4/2027", texts[0], StringComparison.Ordinal);
        Assert.Empty(bot.Store.All<Rsvp>());
    }

    [Fact]
    public void An_answer_cannot_change_after_the_deadline()
    {
        bot.PressData(Alice, Yes);
        var before = RsvpOf(bot, Alice)!;
        bot.Replies(Alice);
        bot.Now = Deadline;

        bot.PressData(Alice, No);

        Assert.Equal([Closed], bot.TextsTo(Alice));
        Assert.Same(before, RsvpOf(bot, Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_reason_typed_after_the_deadline_for_a_decline_started_before_it_is_refused_and_not_stored()
    {
        bot.Now = Local(2027, 4, 25, 16, 59, 0);
        bot.PressData(Alice, No);
        Assert.Equal([Texts.AskReason.Vi()], bot.TextsTo(Alice));
        bot.Now = Deadline;

        bot.Text(Alice, "Bận công tác");

        Assert.Equal([Closed], bot.TextsTo(Alice));
        Assert.Empty(bot.Store.All<Rsvp>());
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_phone_typed_after_the_deadline_for_a_representative_named_before_it_is_refused_and_not_stored()
    {
        bot.Now = Local(2027, 4, 25, 16, 58, 0);
        bot.PressData(Alice, Sub);
        bot.Text(Alice, "Trần Văn Bình");
        bot.Text(Alice, "Phó Chủ tịch");
        bot.Replies(Alice);
        bot.Now = Local(2027, 4, 25, 17, 0, 30);

        bot.Text(Alice, "0912345678");

        Assert.Equal([Closed], bot.TextsTo(Alice));
        Assert.Empty(bot.Store.All<Rsvp>());
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_skip_pressed_after_the_deadline_for_a_decline_started_before_it_is_refused_and_not_stored()
    {
        bot.Now = Local(2027, 4, 25, 16, 59, 0);
        bot.PressData(Alice, No);
        bot.Replies(Alice);
        bot.Now = Deadline;

        bot.Press(Alice, "Bỏ qua");

        Assert.Equal([Closed], bot.TextsTo(Alice));
        Assert.Empty(bot.Store.All<Rsvp>());
    }

    [Fact]
    public void A_skip_refused_after_the_deadline_also_ends_the_unfinished_answer()
    {
        bot.Now = Local(2027, 4, 25, 16, 59, 0);
        bot.PressData(Alice, No);
        bot.Now = Deadline;

        bot.Press(Alice, "Bỏ qua");

        var session = bot.SessionOf(Alice)!;
        Assert.Equal((null, null), (session.Flow, session.State));
    }

    [Fact]
    public void Between_the_deadline_and_the_start_the_notice_offers_only_the_calendar()
    {
        bot.Now = Deadline.AddHours(1);

        bot.Command(Alice, "/hoinghi");

        var notice = Assert.Single(bot.Replies(Alice).OfType<TextOut>());
        Assert.Equal([$"ev:ics:{Id}"], notice.AllButtons().Select(b => b.Data));
    }

    [Fact]
    public void Once_the_meeting_has_started_hoinghi_no_longer_lists_it_and_offers_no_answer_buttons()
    {
        bot.Now = Start;

        bot.Command(Alice, "/hoinghi");

        var replies = bot.Replies(Alice);
        Assert.Equal([Texts.NoMeetings.Vi()], replies.Texts());
        Assert.DoesNotContain(replies.OfType<TextOut>(), t => t.Buttons.Count > 0);
        Assert.Empty(replies.OfType<VenueOut>());
    }

    [Fact]
    public void A_started_meeting_opened_from_an_older_list_shows_it_took_place_without_answer_buttons()
    {
        Put(bot, Sample("hn-20270510", Local(2027, 5, 10, 8, 0), Local(2027, 5, 8, 17, 0)));
        bot.Command(Alice, "/hoinghi");
        bot.Replies(Alice);
        bot.Now = Start.AddHours(1);

        bot.Press(Alice, $"ev:show:{Id}");

        var replies = bot.Replies(Alice);
        var past = Assert.Single(replies.OfType<TextOut>());
        Assert.Equal(Texts.MeetingPast.Vi(Title, "08g00 ngày 27/4/2027 (thứ Ba)"), past.Text.Value);
        Assert.Contains("đã diễn ra", past.Text.Value, StringComparison.Ordinal);
        Assert.Empty(past.Buttons);
        Assert.Empty(replies.OfType<VenueOut>());
    }

    [Fact]
    public void An_answer_button_pressed_after_the_start_is_refused()
    {
        bot.Now = Start.AddMinutes(30);

        bot.PressData(Alice, Yes);

        Assert.Equal([Closed], bot.TextsTo(Alice));
        Assert.Empty(bot.Store.All<Rsvp>());
    }
}
