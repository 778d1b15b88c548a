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

public sealed partial class ReminderTests
{
    [Fact]
    public void A_run_is_stored_with_the_number_of_recipients_and_audited()
    {
        SeedMembers();
        bot.Now = Local(2027, 4, 26, 9, 0);
        var due = Reminders.Due(bot.Store, Times, bot.Now).Single();

        bot.Send(Reminders.System, Reminders.Signal(due, bot.Now).Event);

        Assert.Equal(new ReminderRun(due.Key, 2, bot.Now), bot.Store.Find<ReminderRun>(due.Key));
        var audit = Assert.Single(bot.Audit);
        Assert.Equal((Reminders.System, "reminder.sent", Id, "DayBefore:2"), (audit.By, audit.Action, audit.Subject, audit.Details));
        Assert.Empty(Reminders.Due(bot.Store, Times, bot.Now));
    }

    [Fact]
    public void The_same_signal_handled_twice_sends_once()
    {
        SeedMembers();
        bot.Now = Local(2027, 4, 26, 9, 0);
        var due = Reminders.Due(bot.Store, Times, bot.Now).Single();
        var signal = Reminders.Signal(due, bot.Now).Event;

        bot.Send(Reminders.System, signal);
        bot.Now = bot.Now.AddSeconds(30);
        bot.Send(Reminders.System, signal);

        Assert.Empty(bot.Turns[^1].Changes.Deliveries);
        Assert.Single(bot.AllSentTo(Bob));
        Assert.Single(bot.AllSentTo(Carol));
        Assert.Single(bot.Store.All<ReminderRun>());
        Assert.Equal(Local(2027, 4, 26, 9, 0), bot.Store.Find<ReminderRun>(due.Key)!.SentAt);
        Assert.Single(bot.Audit);
    }

    [Fact]
    public void A_reminder_with_nobody_to_remind_is_still_recorded_as_run()
    {
        bot.Now = Local(2027, 4, 26, 9, 0);

        var turn = Run(ReminderKind.DayBefore);

        Assert.Empty(turn.Deliveries);
        Assert.Equal(0, Assert.Single(bot.Store.All<ReminderRun>()).Recipients);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_forged_reminder_signal_from_a_normal_user_does_nothing(bool claimsToBeTheSystem)
    {
        SeedMembers();
        bot.Now = Local(2027, 4, 25, 9, 0);
        var due = Reminders.Due(bot.Store, Times, bot.Now).Single();
        var real = (SignalIn)Reminders.Signal(due, bot.Now).Event;

        bot.Send(Alice, real with { By = claimsToBeTheSystem ? Reminders.System : Alice });

        Assert.Empty(bot.Turns[^1].Changes.Deliveries);
        Assert.Empty(bot.AllSentTo(Alice));
        Assert.Empty(bot.Store.All<ReminderRun>());
        Assert.Empty(bot.Audit);
        Assert.Single(Reminders.Due(bot.Store, Times, bot.Now));
    }

    [Fact]
    public void A_system_signal_that_does_not_name_the_system_as_sender_does_nothing()
    {
        SeedMembers();
        bot.Now = Local(2027, 4, 25, 9, 0);
        var due = Reminders.Due(bot.Store, Times, bot.Now).Single();
        var real = (SignalIn)Reminders.Signal(due, bot.Now).Event;

        bot.Send(Reminders.System, real with { By = Alice });

        Assert.Empty(bot.Turns[^1].Changes.Deliveries);
        Assert.Empty(bot.Store.All<ReminderRun>());
    }

    [Theory]
    [InlineData("hn-20270427|Unanswered|1")]
    [InlineData("hn-20270427|Unanswered|1|hn-20270427|Sometimes")]
    [InlineData("hn-19990101|Unanswered|1|hn-19990101|Unanswered")]
    public void A_malformed_reminder_signal_does_nothing(string args)
    {
        SeedMembers();
        bot.Now = Local(2027, 4, 25, 9, 0);

        bot.Send(Reminders.System, new SignalIn(Reminders.SignalName, Reminders.System, args));

        Assert.Empty(bot.Turns[^1].Changes.Deliveries);
        Assert.Empty(bot.Store.All<ReminderRun>());
    }
}
