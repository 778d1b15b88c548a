using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>/sukien: organizers copy the last meeting to a new date.</summary>
public sealed class MeetingCopyTests
{
    private const string OldId = MeetingEditing.OldId;

    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot;
    private readonly Meeting old;

    public MeetingCopyTests()
    {
        (bot, old) = MeetingEditing.Start();
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
        Assert.DoesNotContain(copy.Id, replies[1], StringComparison.Ordinal);
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

    private void StartCopy() => MeetingEditing.StartCopy(bot);
}
