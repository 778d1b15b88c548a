using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>/sukien: organizers change one item of a meeting by chat; a refused value leaves the question asked.</summary>
public sealed class MeetingItemEditTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot;

    public MeetingItemEditTests()
    {
        (bot, _) = MeetingEditing.Start();
    }

    [Theory]
    [InlineData("09g00 27/4/2027")]
    [InlineData("08g00 27/4/2027")]
    [InlineData("08g00 28/4/2027")]
    public void A_deadline_at_or_after_the_start_is_refused_and_the_question_stays(string text)
    {
        var meeting = Put(bot);
        StartEdit("Deadline");

        bot.Text(Organizer, text);

        Assert.Equal([Texts.DeadlineInvalid.Vi("08g00 ngày 27/4/2027 (thứ Ba)")], bot.TextsTo(Organizer));
        Assert.Same(meeting, bot.Store.Find<Meeting>(Id));
        Assert.Equal((MeetingEditor.FlowName, "Deadline"), (bot.SessionOf(Organizer)!.Flow, bot.SessionOf(Organizer)!.State));
    }

    [Fact]
    public void A_deadline_in_the_past_is_refused()
    {
        var meeting = Put(bot);
        StartEdit("Deadline");

        bot.Text(Organizer, "17g00 28/2/2025");

        Assert.Equal([Texts.DeadlineInvalid.Vi("08g00 ngày 27/4/2027 (thứ Ba)")], bot.TextsTo(Organizer));
        Assert.Same(meeting, bot.Store.Find<Meeting>(Id));
    }

    [Fact]
    public void A_deadline_before_the_start_is_saved_and_audited()
    {
        Put(bot);
        StartEdit("Deadline");

        bot.Text(Organizer, "12g00 26/4/2027");

        Assert.Equal(Local(2027, 4, 26, 12, 0), bot.Store.Find<Meeting>(Id)!.RsvpDeadline);
        Assert.Equal(Texts.MeetingSaved.Vi(), bot.TextsTo(Organizer)[0]);
        var audit = Assert.Single(bot.Audit);
        Assert.Equal(("meeting.changed", Id, "Deadline"), (audit.Action, audit.Subject, audit.Details));
        Assert.Null(bot.SessionOf(Organizer)!.Flow);
    }

    [Fact]
    public void A_venue_with_coordinates_sets_name_address_and_coordinates()
    {
        Put(bot);
        StartEdit("Venue");

        bot.Text(Organizer, "Hội trường B | 12 Trần Hưng Đạo, Phường 1 | 10.1, 106.2");

        Assert.Equal(new Venue("Hội trường B", "12 Trần Hưng Đạo, Phường 1", 10.1, 106.2), bot.Store.Find<Meeting>(Id)!.Venue);
    }

    [Fact]
    public void A_venue_without_coordinates_keeps_the_old_ones()
    {
        Put(bot);
        StartEdit("Venue");

        bot.Text(Organizer, "Hội trường B | Bbbbb");

        Assert.Equal(new Venue("Hội trường B", "Bbbbb", Hall.Latitude, Hall.Longitude), bot.Store.Find<Meeting>(Id)!.Venue);
    }

    [Theory]
    [InlineData("Hội trường B | 12 Trần Hưng Đạo | 91, 106.2")]
    [InlineData("Hội trường B | 12 Trần Hưng Đạo | 10.1, 181")]
    [InlineData("Hội trường B | 12 Trần Hưng Đạo | 10.1")]
    [InlineData("Hội trường B | 12 Trần Hưng Đạo | 10,1, 106,2")]
    [InlineData("Hội trường B | 12 Trần Hưng Đạo | bắc, đông")]
    [InlineData("Hội trường B | 12 Trần Hưng Đạo | 10.1, 106.2 | thêm")]
    [InlineData("Hội trường B")]
    [InlineData("Hội trường B | Bb")]
    [InlineData("A | B | 10.1, 106.2")]
    public void A_venue_with_bad_coordinates_or_too_short_parts_is_refused_and_the_question_stays(string text)
    {
        var meeting = Put(bot);
        StartEdit("Venue");

        bot.Text(Organizer, text);

        Assert.Equal([Texts.ValueInvalid.Vi()], bot.TextsTo(Organizer));
        Assert.Same(meeting, bot.Store.Find<Meeting>(Id));
        Assert.Equal("Venue", bot.SessionOf(Organizer)!.State);
    }

    [Fact]
    public void A_programme_is_split_into_one_item_per_line_without_bullets_or_blank_lines()
    {
        Put(bot);
        StartEdit("Programme");

        bot.Text(Organizer, "Khai mạc\n- Báo cáo tình hình\n\n• Thảo luận  \r\n+ Bế mạc");

        Assert.Equal(["Khai mạc", "Báo cáo tình hình", "Thảo luận", "Bế mạc"], bot.Store.Find<Meeting>(Id)!.Programme);
    }

    [Fact]
    public void The_planned_number_is_set_from_digits()
    {
        Put(bot);
        StartEdit("Expected");

        bot.Text(Organizer, "150");

        Assert.Equal(150, bot.Store.Find<Meeting>(Id)!.Expected);
        Assert.Equal(("meeting.changed", "Expected"), (bot.Audit[^1].Action, bot.Audit[^1].Details));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("1,5")]
    [InlineData("100001")]
    [InlineData("100.001")]
    public void A_planned_number_that_is_no_positive_whole_number_is_refused(string text)
    {
        var meeting = Put(bot);
        StartEdit("Expected");

        bot.Text(Organizer, text);

        Assert.Equal([Texts.ExpectedInvalid.Vi()], bot.TextsTo(Organizer));
        Assert.Same(meeting, bot.Store.Find<Meeting>(Id));
    }

    [Theory]
    [InlineData("1.250")]
    [InlineData("1,250")]
    [InlineData("1 250")]
    [InlineData("1250")]
    public void A_planned_number_with_thousands_separators_is_read_and_shown_with_the_vietnamese_dot(string text)
    {
        Put(bot);
        StartEdit("Expected");

        bot.Text(Organizer, text);

        Assert.Equal(1250, bot.Store.Find<Meeting>(Id)!.Expected);
        Assert.Contains("\nSố đại biểu dự kiến: 1.250\n", bot.TextsTo(Organizer)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_title_is_saved_with_single_spaces()
    {
        Put(bot);
        StartEdit("Title");

        bot.Text(Organizer, "  Hội   nghị   tháng Năm ");

        Assert.Equal("Hội nghị tháng Năm", bot.Store.Find<Meeting>(Id)!.Title);
    }

    [Fact]
    public void A_new_time_after_the_deadline_is_saved()
    {
        Put(bot);
        StartEdit("Time");

        bot.Text(Organizer, "14g00 27/4/2027");

        Assert.Equal(Local(2027, 4, 27, 14, 0), bot.Store.Find<Meeting>(Id)!.StartsAt);
    }

    [Fact]
    public void A_new_time_before_the_deadline_is_refused()
    {
        var meeting = Put(bot);
        StartEdit("Time");

        bot.Text(Organizer, "08g00 25/4/2027");

        Assert.Equal([Texts.TimeInvalid.Vi()], bot.TextsTo(Organizer));
        Assert.Same(meeting, bot.Store.Find<Meeting>(Id));
    }

    private void StartEdit(string field) => MeetingEditing.StartEdit(bot, field);
}
