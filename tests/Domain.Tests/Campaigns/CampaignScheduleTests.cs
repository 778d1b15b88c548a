using Domain.Campaigns;
using Domain.Conversations;
using Domain.Events;
using Domain.Tests.Support;

namespace Domain.Tests.Campaigns;

public sealed class CampaignScheduleTests
{
    [Fact]
    public void The_reminder_before_the_deadline_goes_once_to_those_without_an_answer()
    {
        var driver = new ConversationDriver();
        var a = driver.AddMember("1", "P01");
        var b = driver.AddMember("2", "P01");
        var campaign = Campaigning.Send(driver);
        driver.PressData(a, new AnswerButton(AnswerAction.CouldNot, campaign.Id).Encode());
        var before = CampaignReminders.DueAt(campaign, driver.Settings.Reminders);

        Assert.Empty(CampaignSchedule.Due(driver.Store, driver.Settings, before.AddMinutes(-1)));
        var due = Assert.Single(CampaignSchedule.Due(driver.Store, driver.Settings, before));
        driver.Now = before;
        driver.TextsTo(a);
        driver.TextsTo(b);
        driver.Deliver(due);
        driver.Deliver(due);

        Assert.Single(driver.TextsTo(b));
        Assert.Empty(driver.TextsTo(a));
        Assert.Empty(CampaignSchedule.Due(driver.Store, driver.Settings, before.AddMinutes(1)));
        Assert.Single(driver.Store.All<ReminderRun>());
    }

    [Fact]
    public void The_monthly_summary_goes_to_the_organizers_once_on_the_first_of_the_next_month()
    {
        var driver = new ConversationDriver();
        driver.AddMember("1", "P01");
        Campaigning.Send(driver);
        var zone = driver.Settings.TimeZone;
        var due = new DateTimeOffset(2025, 4, 1, 8, 0, 0, zone.GetUtcOffset(new DateTime(2025, 4, 1)));

        Assert.DoesNotContain(CampaignSchedule.Due(driver.Store, driver.Settings, due.AddMinutes(-1)), e => e.Id.Contains("summary", StringComparison.Ordinal));
        var signal = Assert.Single(CampaignSchedule.Due(driver.Store, driver.Settings, due), e => e.Id.Contains("summary", StringComparison.Ordinal));
        driver.Now = due;
        driver.Replies(ConversationDriver.Organizer);
        driver.Deliver(signal);
        driver.Deliver(signal);

        var sent = driver.Replies(ConversationDriver.Organizer);
        Assert.Single(sent.OfType<PhotoOut>());
        Assert.Single(sent.OfType<TextOut>());
        Assert.Equal(["tong-ket-chien-dich-2025-03.xlsx", "tong-ket-chien-dich-2025-03.csv"], sent.OfType<DocumentOut>().Select(d => d.FileName));
        Assert.Empty(CampaignSchedule.Due(driver.Store, driver.Settings, due.AddDays(1)));
        Assert.Empty(CampaignSchedule.Due(driver.Store, driver.Settings, due.AddDays(40)));
    }

    [Fact]
    public void No_summary_for_a_month_without_campaigns_and_none_a_week_late()
    {
        var driver = new ConversationDriver();
        driver.AddMember("1", "P01");
        Campaigning.Send(driver);
        var lateForMarch = new DateTimeOffset(2025, 4, 9, 8, 0, 0, TimeSpan.Zero);

        Assert.DoesNotContain(CampaignSchedule.Due(driver.Store, driver.Settings, new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero)), e => e.Id.Contains("summary", StringComparison.Ordinal));
        Assert.DoesNotContain(CampaignSchedule.Due(driver.Store, driver.Settings, lateForMarch), e => e.Id.Contains("summary", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forged_schedule_signal_from_a_person_does_nothing()
    {
        var driver = new ConversationDriver();
        var member = driver.AddMember("1", "P01");
        var campaign = Campaigning.Send(driver);

        driver.Send(member, new SignalIn(CampaignSchedule.SignalName, member, $"{campaign.Id}|x|1|remind|{campaign.Id}"));

        Assert.Empty(driver.Store.All<ReminderRun>());
    }
}
