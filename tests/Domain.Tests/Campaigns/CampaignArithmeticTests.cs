using Domain.Campaigns;
using Domain.Tests.Support;

namespace Domain.Tests.Campaigns;

public sealed class CampaignArithmeticTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 10, 9, 0, 0, TimeSpan.FromHours(7));

    private static Campaign Campaign(string id, DateTimeOffset created, params string[] recipients) => new()
    {
        Id = id,
        Title = id,
        Action = "share",
        AudienceSpec = "all",
        AudienceText = "all",
        Recipients = recipients,
        Deadline = created.AddDays(3),
        CreatedBy = "tg:9001",
        CreatedAt = created,
    };

    private static (ConversationDriver Driver, string[] Ids) World()
    {
        var driver = new ConversationDriver();
        string[] ids =
        [
            driver.AddMember("1", "P01").ToString(), driver.AddMember("2", "P01").ToString(), driver.AddMember("3", "P01").ToString(),
            driver.AddMember("4", "P02").ToString(), driver.AddMember("5", "P02").ToString(),
            driver.AddMember("6", "HPN").ToString(),
        ];
        return (driver, ids);
    }

    private static void Answer(ConversationDriver driver, string campaign, string member, CampaignOutcome outcome) =>
        driver.Store.Put(outcome == CampaignOutcome.Done
            ? CampaignAnswer.Done(null, campaign, member, ["https://a.vn/x"], [], At)
            : CampaignAnswer.CouldNot(null, campaign, member, null, At));

    [Fact]
    public void Every_recipient_counts_once_in_their_unit_and_in_the_total()
    {
        var (driver, ids) = World();
        var campaign = Campaign("c1", At, ids);
        driver.Store.Put(campaign);
        Answer(driver, "c1", ids[0], CampaignOutcome.Done);
        Answer(driver, "c1", ids[1], CampaignOutcome.CouldNot);
        Answer(driver, "c1", ids[3], CampaignOutcome.Done);
        Answer(driver, "c1", ids[4], CampaignOutcome.Done);
        Answer(driver, "c2", ids[5], CampaignOutcome.Done);

        var report = CampaignProgress.Of(driver.Store, ConversationDriver.Units, campaign);

        Assert.Equal(["P01", "P02", "HPN"], report.Units.Select(u => u.Code));
        Assert.Equal(new CampaignTally("P01", "Phường 1", 1, 1, 1), report.Units[0]);
        Assert.Equal(new CampaignTally("P02", "Phường 2", 2, 0, 0), report.Units[1]);
        Assert.Equal(new CampaignTally("HPN", "Hội Liên hiệp Phụ nữ", 0, 0, 1), report.Units[2]);
        Assert.Equal((3, 1, 2, 6, 50), (report.Total.Done, report.Total.CouldNot, report.Total.NoAnswer, report.Total.Recipients, report.Total.RatePercent));
    }

    [Fact]
    public void A_rate_of_nobody_is_zero_and_halves_round_up()
    {
        Assert.Equal(0, new CampaignTally("x", "x", 0, 0, 0).RatePercent);
        Assert.Equal(67, new CampaignTally("x", "x", 2, 1, 0).RatePercent);
        Assert.Equal(13, new CampaignTally("x", "x", 1, 0, 7).RatePercent);
    }

    [Fact]
    public void The_monthly_summary_sums_the_month_s_campaigns_per_unit_and_per_member()
    {
        var (driver, ids) = World();
        driver.Store.Put(Campaign("c1", At, ids));
        driver.Store.Put(Campaign("c2", At.AddDays(5), ids[0], ids[3]));
        driver.Store.Put(Campaign("old", At.AddMonths(-1), ids));
        Answer(driver, "c1", ids[0], CampaignOutcome.Done);
        Answer(driver, "c1", ids[3], CampaignOutcome.CouldNot);
        Answer(driver, "c2", ids[0], CampaignOutcome.Done);
        Answer(driver, "c2", ids[3], CampaignOutcome.Done);
        Answer(driver, "old", ids[1], CampaignOutcome.Done);

        var summary = MonthlySummary.For(driver.Store, ConversationDriver.Units, 2025, 3, TimeZoneInfo.CreateCustomTimeZone("vn", TimeSpan.FromHours(7), null, null));

        Assert.Equal(["c1", "c2"], summary.Campaigns.Select(c => c.Id));
        Assert.Equal((3, 1, 4, 8), (summary.Units.Total.Done, summary.Units.Total.CouldNot, summary.Units.Total.NoAnswer, summary.Units.Total.Recipients));
        var p01 = summary.Units.Units.Single(u => u.Code == "P01");
        Assert.Equal((2, 4, 50), (p01.Done, p01.Recipients, p01.RatePercent));
        var first = summary.Members[0];
        Assert.Equal((ids[0], 2, 2, 100), (first.MemberId, first.Received, first.Done, first.RatePercent));
        Assert.Equal(50, summary.Members.Single(m => m.MemberId == ids[3]).RatePercent);
        Assert.Equal(0, summary.Members.Single(m => m.MemberId == ids[1]).RatePercent);
    }

    [Fact]
    public void A_campaign_sent_late_on_the_last_evening_belongs_to_that_month_by_the_committee_s_clock()
    {
        var driver = new ConversationDriver();
        var lateUtc = new DateTimeOffset(2025, 3, 31, 18, 0, 0, TimeSpan.Zero); // 01:00 on 1 April in Vietnam
        driver.Store.Put(Campaign("late", lateUtc));
        var zone = TimeZoneInfo.CreateCustomTimeZone("vn", TimeSpan.FromHours(7), null, null);

        Assert.Empty(MonthlySummary.InMonth(driver.Store, 2025, 3, zone));
        Assert.Single(MonthlySummary.InMonth(driver.Store, 2025, 4, zone));
    }

    [Fact]
    public void The_automatic_reminder_is_never_in_the_first_half_of_a_short_campaign()
    {
        var times = new Domain.Conversations.ReminderTimes { BeforeDeadline = TimeSpan.FromDays(1) };
        var week = Campaign("w", At) with { Deadline = At.AddDays(7) };
        var hours = Campaign("h", At) with { Deadline = At.AddHours(6) };

        Assert.Equal(At.AddDays(6), CampaignReminders.DueAt(week, times));
        Assert.Equal(At.AddHours(3), CampaignReminders.DueAt(hours, times));
    }
}
