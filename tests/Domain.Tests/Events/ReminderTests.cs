using System.Globalization;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>
/// Reminders for the meeting with deadline D = 17g00 25/4/2027 and start S = 08g00 27/4/2027,
/// with the default times: unanswered one day before D; attending one day and two hours before S.
/// </summary>
public sealed partial class ReminderTests
{
    private static readonly ReminderTimes Times = new();
    private static readonly UserKey Dave = new("tg", "104");
    private static readonly UserKey Erin = new("tg", "105");
    private static readonly Representative Tam = new("Lê Văn Tám", "Cán bộ văn phòng", "+84987654321");

    private readonly ConversationDriver bot = Driver();

    public ReminderTests()
    {
        Put(bot);
    }

    [Theory]
    [InlineData("2027-04-24T16:59:59.9999999+07:00", null)]
    [InlineData("2027-04-24T17:00:00+07:00", ReminderKind.Unanswered)]
    [InlineData("2027-04-24T10:00:00+00:00", ReminderKind.Unanswered)]
    [InlineData("2027-04-25T16:59:59.9999999+07:00", ReminderKind.Unanswered)]
    [InlineData("2027-04-25T17:00:00+07:00", null)]
    [InlineData("2027-04-26T07:59:59.9999999+07:00", null)]
    [InlineData("2027-04-26T08:00:00+07:00", ReminderKind.DayBefore)]
    [InlineData("2027-04-27T05:59:59.9999999+07:00", ReminderKind.DayBefore)]
    [InlineData("2027-04-27T06:00:00+07:00", ReminderKind.HoursBefore)]
    [InlineData("2027-04-27T07:59:59.9999999+07:00", ReminderKind.HoursBefore)]
    [InlineData("2027-04-27T08:00:00+07:00", null)]
    [InlineData("2025-03-01T09:00:00+07:00", null)]
    public void A_reminder_is_due_only_within_its_window(string now, ReminderKind? kind)
    {
        var due = Reminders.Due(bot.Store, Times, Parse(now)).ToList();

        Assert.Equal(kind is null ? [] : [kind.Value], due.Select(d => d.Kind));
        Assert.All(due, d => Assert.Equal(Id, d.MeetingId));
    }

    [Theory]
    [InlineData(ReminderKind.Unanswered, "2027-04-24T17:00:00+07:00")]
    [InlineData(ReminderKind.DayBefore, "2027-04-26T08:00:00+07:00")]
    [InlineData(ReminderKind.HoursBefore, "2027-04-27T06:00:00+07:00")]
    public void The_schedule_key_names_the_meeting_the_kind_and_the_due_time(ReminderKind kind, string at)
    {
        var due = Reminders.Due(bot.Store, Times, Parse(at)).Single();

        Assert.Equal($"{Id}|{kind}|{Parse(at).UtcTicks}", due.Key);
    }

    [Theory]
    [InlineData("2027-04-25T09:00:00+07:00")]
    [InlineData("2027-04-26T20:00:00+07:00")]
    [InlineData("2027-04-27T07:00:00+07:00")]
    public void A_reminder_is_not_due_again_once_its_run_is_stored(string now)
    {
        var due = Reminders.Due(bot.Store, Times, Parse(now)).Single();
        bot.Store.Put(new ReminderRun(due.Key, 0, Parse(now)));

        Assert.Empty(Reminders.Due(bot.Store, Times, Parse(now)));
        Assert.Empty(Reminders.Due(bot.Store, Times, Parse(now).AddMinutes(30)));
    }

    [Fact]
    public void A_run_of_another_kind_does_not_stop_a_reminder()
    {
        var unanswered = Reminders.Due(bot.Store, Times, Local(2027, 4, 25, 9, 0)).Single();
        bot.Store.Put(new ReminderRun(unanswered.Key, 3, Local(2027, 4, 25, 9, 0)));

        Assert.Equal(ReminderKind.DayBefore, Reminders.Due(bot.Store, Times, Local(2027, 4, 26, 9, 0)).Single().Kind);
    }

    [Fact]
    public void Each_meeting_has_its_own_reminders()
    {
        Put(bot, Sample("hn-20270428", Local(2027, 4, 28, 8, 0), Local(2027, 4, 25, 20, 0)));

        var due = Reminders.Due(bot.Store, Times, Local(2027, 4, 25, 10, 0)).ToList();

        Assert.Equal(["hn-20270427|Unanswered", "hn-20270428|Unanswered"], due.Select(d => $"{d.MeetingId}|{d.Kind}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_unanswered_reminder_goes_only_to_approved_members_without_an_answer()
    {
        SeedMembers();
        bot.Now = Local(2027, 4, 25, 9, 0);

        var turn = Run(ReminderKind.Unanswered);

        Assert.Equal([Alice], turn.Deliveries.Select(d => d.To));
        Assert.Empty(bot.AllSentTo(Bob));
        Assert.Empty(bot.AllSentTo(Erin));
    }

    [Fact]
    public void The_unanswered_reminder_is_bulk_and_carries_the_answer_buttons()
    {
        SeedMembers();
        bot.Now = Local(2027, 4, 25, 9, 0);

        var delivery = Assert.Single(Run(ReminderKind.Unanswered).Deliveries);

        Assert.Equal(Priority.Bulk, delivery.Priority);
        var message = Assert.IsType<TextOut>(delivery.Message);
        Assert.Equal(Texts.ReminderUnanswered.Vi(Title, "08g00, thứ Ba 27/4/2027", "17g00 ngày 25/4/2027 (Chủ nhật)"), message.Text.Value);
        Assert.Equal([$"rsvp:yes:{Id}", $"rsvp:no:{Id}", $"rsvp:sub:{Id}"], message.AllButtons().Select(b => b.Data));
    }

    [Fact]
    public void The_buttons_of_the_unanswered_reminder_record_the_answer()
    {
        SeedMembers();
        bot.Now = Local(2027, 4, 25, 9, 0);
        Run(ReminderKind.Unanswered);

        bot.Press(Alice, "✅ Tham dự");

        Assert.Equal(RsvpAnswer.Attending, RsvpOf(bot, Alice)!.Answer);
    }

    [Fact]
    public void The_day_before_reminder_goes_to_those_attending_and_those_sending_someone()
    {
        SeedMembers();
        bot.Now = Local(2027, 4, 26, 9, 0);

        var turn = Run(ReminderKind.DayBefore);

        Assert.Equal([Bob, Carol], turn.Deliveries.Select(d => d.To).OrderBy(k => k.Id, StringComparer.Ordinal));
        Assert.All(turn.Deliveries, d => Assert.Equal(Priority.Bulk, d.Priority));
        Assert.Empty(bot.AllSentTo(Alice));
        Assert.Empty(bot.AllSentTo(Dave));
        Assert.Empty(bot.AllSentTo(Erin));
    }

    [Fact]
    public void The_day_before_reminder_tells_the_time_and_venue_and_names_the_representative()
    {
        SeedMembers();
        bot.Now = Local(2027, 4, 26, 9, 0);

        Run(ReminderKind.DayBefore);

        const string when = "08g00 ngày 27/4/2027 (thứ Ba)";
        Assert.Equal([Texts.ReminderAttending.Vi(Title, when, Hall.Place)], bot.TextsTo(Bob));
        Assert.Equal([Texts.ReminderDelegated.Vi(Title, when, Hall.Place, "Lê Văn Tám")], bot.TextsTo(Carol));
        Assert.DoesNotContain("987654321", Texts.ReminderDelegated.Vi(Title, when, Hall.Place, "Lê Văn Tám"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_hours_before_reminder_goes_to_the_same_people()
    {
        SeedMembers();
        bot.Now = Local(2027, 4, 27, 6, 30);

        var turn = Run(ReminderKind.HoursBefore);

        Assert.Equal([Bob, Carol], turn.Deliveries.Select(d => d.To).OrderBy(k => k.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void A_reminder_is_sent_in_each_members_own_language()
    {
        SeedMembers();
        bot.Command(Alice, "/lang en");
        bot.Replies(Alice);
        bot.Now = Local(2027, 4, 25, 9, 0);

        Run(ReminderKind.Unanswered);

        var message = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice)));
        Assert.Equal(Texts.ReminderUnanswered.En(Title, "08:00, Tuesday 27/4/2027", "17:00 on 25/4/2027 (Sunday)"), message.Text.Value);
        Assert.Equal(["✅ Attend", "❌ Decline", "👤 Send someone"], message.AllButtons().Select(b => b.Label));
    }

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Alice has not answered, Bob attends, Carol sends someone, Dave declines, Erin is pending.</summary>
    private void SeedMembers()
    {
        AddMember(bot, Alice, "Nguyễn Thị Hoa", "P01", "+84901234567");
        AddMember(bot, Bob, "Trần Văn Bình", "P02", "+84912000001");
        AddMember(bot, Carol, "Phạm Thị Cúc", "P03", "+84912000002");
        AddMember(bot, Dave, "Đỗ Văn Dũng", "P04", "+84912000003");
        AddMember(bot, Erin, "Lý Thị Én", "P05", "+84912000004", MemberStatus.Pending);
        Answer(bot, Bob, RsvpAnswer.Attending);
        Answer(bot, Carol, RsvpAnswer.Delegated, representative: Tam);
        Answer(bot, Dave, RsvpAnswer.Declined, reason: "Ốm");
    }

    /// <summary>Finds the one due reminder of that kind and runs its signal as the system user.</summary>
    private ChangeSet Run(ReminderKind kind)
    {
        var due = Reminders.Due(bot.Store, Times, bot.Now).Single();
        Assert.Equal(kind, due.Kind);
        var signal = Reminders.Signal(due, bot.Now);
        Assert.Equal(Reminders.System, signal.From);
        bot.Send(signal.From, signal.Event);
        Assert.Equal(Reminders.System, bot.Turns[^1].Input.From);
        return bot.Turns[^1].Changes;
    }
}
