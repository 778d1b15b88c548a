using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>/sukien: organizers copy the last meeting to a new date and change its items by chat.</summary>
public sealed class MeetingEditorTests
{
    private const string OldId = "hn-20230427";

    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();
    private readonly Meeting old;

    public MeetingEditorTests()
    {
        old = Put(bot, Sample(OldId, Local(2023, 4, 27, 8, 0), Local(2023, 4, 25, 17, 0)));
        Registering.Seed(bot, Alice, MemberStatus.Approved);
    }

    [Fact]
    public void Sukien_by_a_member_is_not_allowed()
    {
        bot.Command(Alice, "/sukien");

        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Alice));
    }

    [Theory]
    [InlineData($"mtg:pick:{OldId}")]
    [InlineData($"mtg:copy:{OldId}")]
    [InlineData($"mtg:edit:Title:{OldId}")]
    [InlineData($"mtg:edit:Deadline:{OldId}")]
    public void A_forged_editor_button_from_a_member_is_not_allowed_and_changes_nothing(string data)
    {
        bot.PressData(Alice, data);
        bot.Text(Alice, "08g00 27/4/2027");

        Assert.Equal([Texts.NotAllowed.Vi(), Texts.NotUnderstood.Vi()], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
        Assert.Equal([old], bot.Store.All<Meeting>());
        Assert.Empty(bot.Audit);
    }

    [Fact]
    public void Sukien_lists_the_meetings_newest_first()
    {
        Put(bot);

        bot.Command(Organizer, "/sukien");

        var list = bot.LastWithButtons(Organizer)!;
        Assert.Equal(Texts.MeetingsList.Vi(), list.Text.Value);
        Assert.Equal(
            [
                new Button($"08g00 ngày 27/4/2027 (thứ Ba) – {Title}", $"mtg:pick:{Id}"),
                new Button($"08g00 ngày 27/4/2023 (thứ Năm) – {Title}", $"mtg:pick:{OldId}"),
            ],
            list.AllButtons());
    }

    [Fact]
    public void A_picked_meeting_shows_its_card_with_copy_and_every_item_to_change()
    {
        bot.Command(Organizer, "/sukien");

        bot.Press(Organizer, $"mtg:pick:{OldId}");

        var card = bot.LastWithButtons(Organizer)!;
        Assert.Equal(
            Texts.MeetingCard.Vi(Title, OldId, "08g00 ngày 27/4/2023 (thứ Năm)", Hall.Name, Hall.Address, "17g00 ngày 25/4/2023 (thứ Ba)", 120, 4, Title),
            card.Text.Value);
        Assert.Equal(
            [
                $"mtg:copy:{OldId}", $"mtg:edit:Title:{OldId}", $"mtg:edit:Short:{OldId}", $"mtg:edit:Time:{OldId}", $"mtg:edit:Venue:{OldId}",
                $"mtg:edit:Deadline:{OldId}", $"mtg:edit:Programme:{OldId}", $"mtg:edit:Expected:{OldId}",
                $"mtg:edit:Plan:{OldId}", $"mtg:edit:Signer:{OldId}", $"mtg:edit:Issued:{OldId}", $"khach:pick:{OldId}",
            ],
            card.AllButtons().Select(b => b.Data));
    }

    [Fact]
    public void Copying_to_a_new_time_creates_a_new_meeting_with_the_same_programme()
    {
        StartCopy();

        bot.Text(Organizer, "08g00 27/4/2027");

        var copy = bot.Store.Find<Meeting>("hn-20270427")!;
        Assert.NotEqual(OldId, copy.Id);
        Assert.Equal(old.Programme, copy.Programme);
        Assert.Equal(old.Invited, copy.Invited);
        Assert.Equal(old.Contents, copy.Contents);
        Assert.Equal((old.Title, old.Venue, old.Expected), (copy.Title, copy.Venue, copy.Expected));
        Assert.Equal(2, bot.Store.All<Meeting>().Count);
        Assert.Same(old, bot.Store.Find<Meeting>(OldId));
    }

    [Fact]
    public void A_copy_starts_at_the_given_time_in_ho_chi_minh()
    {
        StartCopy();

        bot.Text(Organizer, "08g00 27/4/2027");

        var copy = bot.Store.Find<Meeting>("hn-20270427")!;
        Assert.Equal(new DateTimeOffset(2027, 4, 27, 8, 0, 0, Plus7), copy.StartsAt);
        Assert.Equal(Plus7, copy.StartsAt.Offset);
    }

    [Fact]
    public void A_copy_gets_the_default_deadline_of_17g00_two_days_before()
    {
        StartCopy();

        bot.Text(Organizer, "08g00 27/4/2027");

        var copy = bot.Store.Find<Meeting>("hn-20270427")!;
        Assert.Equal(new DateTimeOffset(2027, 4, 25, 17, 0, 0, Plus7), copy.RsvpDeadline);
        Assert.Equal(Plus7, copy.RsvpDeadline.Offset);
        var replies = bot.TextsTo(Organizer);
        Assert.Equal(Texts.MeetingCopied.Vi("17g00 ngày 25/4/2027 (Chủ nhật)"), replies[0]);
        Assert.StartsWith($"<b>{Title}</b>\n", replies[1], StringComparison.Ordinal);
        Assert.Contains("\nMã: hn-20270427\n", replies[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_whose_default_deadline_has_passed_closes_answers_an_hour_before_the_start()
    {
        bot.Now = Local(2027, 4, 26, 9, 0);
        StartCopy();

        bot.Text(Organizer, "08g00 27/4/2027");

        Assert.Equal(Local(2027, 4, 27, 7, 0), bot.Store.Find<Meeting>("hn-20270427")!.RsvpDeadline);
    }

    [Fact]
    public void A_copy_is_audited_and_ends_the_editor_flow()
    {
        StartCopy();

        bot.Text(Organizer, "08g00 27/4/2027");

        var audit = Assert.Single(bot.Audit);
        Assert.Equal((Organizer, "meeting.copied", "hn-20270427"), (audit.By, audit.Action, audit.Subject));
        Assert.Null(bot.SessionOf(Organizer)!.Flow);
    }

    [Fact]
    public void A_copy_to_a_date_already_taken_gets_a_new_id()
    {
        Put(bot);
        StartCopy();

        bot.Text(Organizer, "14g00 27/4/2027");

        var copy = bot.Store.Find<Meeting>("hn-20270427-2")!;
        Assert.Equal(Local(2027, 4, 27, 14, 0), copy.StartsAt);
        Assert.Equal(Start, bot.Store.Find<Meeting>(Id)!.StartsAt);
        Assert.Equal(3, bot.Store.All<Meeting>().Count);
    }

    [Theory]
    [InlineData("08g00 27/4/2024")]
    [InlineData("09g00 1/3/2025")]
    [InlineData("ngày mai")]
    [InlineData("32/4/2027")]
    [InlineData("27/4")]
    [InlineData("08g00")]
    public void A_past_or_unreadable_time_for_a_copy_is_refused_with_the_reason_and_the_question_stays(string text)
    {
        StartCopy();

        bot.Text(Organizer, text);

        Assert.Equal([Texts.TimeInvalid.Vi()], bot.TextsTo(Organizer));
        Assert.Equal((MeetingEditor.FlowName, "Copy"), (bot.SessionOf(Organizer)!.Flow, bot.SessionOf(Organizer)!.State));
        Assert.Equal([old], bot.Store.All<Meeting>());
        Assert.Empty(bot.Audit);
    }

    [Fact]
    public void After_a_refused_time_a_good_one_still_makes_the_copy()
    {
        StartCopy();
        bot.Text(Organizer, "ngày mai");

        bot.Text(Organizer, "27/4/2027");

        Assert.Equal(Start, bot.Store.Find<Meeting>("hn-20270427")!.StartsAt);
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
    [InlineData("1 500")]
    [InlineData("100001")]
    public void A_planned_number_that_is_no_positive_whole_number_is_refused(string text)
    {
        var meeting = Put(bot);
        StartEdit("Expected");

        bot.Text(Organizer, text);

        Assert.Equal([Texts.ValueInvalid.Vi()], bot.TextsTo(Organizer));
        Assert.Same(meeting, bot.Store.Find<Meeting>(Id));
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

    [Fact]
    public void An_edit_button_for_an_unknown_item_is_no_longer_valid()
    {
        Put(bot);

        bot.PressData(Organizer, $"mtg:edit:Id:{Id}");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Organizer));
        Assert.Null(bot.SessionOf(Organizer)!.Flow);
    }

    private void StartCopy()
    {
        bot.Command(Organizer, "/sukien");
        bot.Press(Organizer, $"mtg:pick:{OldId}");
        bot.Press(Organizer, $"mtg:copy:{OldId}");
        Assert.Equal([Texts.AskNewTime.Vi()], bot.TextsTo(Organizer).Skip(2));
        Assert.Equal((MeetingEditor.FlowName, "Copy"), (bot.SessionOf(Organizer)!.Flow, bot.SessionOf(Organizer)!.State));
    }

    private void StartEdit(string field)
    {
        bot.Command(Organizer, "/sukien");
        bot.Press(Organizer, $"mtg:pick:{Id}");
        bot.Press(Organizer, $"mtg:edit:{field}:{Id}");
        bot.Replies(Organizer);
        Assert.Equal((MeetingEditor.FlowName, field), (bot.SessionOf(Organizer)!.Flow, bot.SessionOf(Organizer)!.State));
    }
}
