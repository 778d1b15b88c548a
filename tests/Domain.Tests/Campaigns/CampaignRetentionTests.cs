using Domain.Campaigns;
using Domain.Conversations;
using Domain.Tests.Support;
using Domain.Text;

namespace Domain.Tests.Campaigns;

/// <summary>A campaign whose recipient list retention forgot: the counts it kept are its counts.</summary>
public sealed class CampaignRetentionTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.CreateCustomTimeZone("vn", TimeSpan.FromHours(7), null, null);

    private static Campaign Forget(ConversationDriver driver, string id)
    {
        var campaign = driver.Store.Find<Campaign>(id)!;
        var forgotten = campaign.WithoutRecipients(CampaignProgress.Count(driver.Store, campaign));
        driver.Store.Put(forgotten);
        return forgotten;
    }

    [Fact]
    public void Progress_is_the_same_before_and_after_the_list_is_forgotten()
    {
        var (driver, _) = CampaignSummaryTablesTests.March();
        var before = CampaignProgress.Of(driver.Store, ConversationDriver.Units, driver.Store.Find<Campaign>("c1")!);

        var forgotten = Forget(driver, "c1");

        Assert.Empty(forgotten.Recipients);
        Assert.Equal(4, forgotten.RecipientCount());
        var after = CampaignProgress.Of(driver.Store, ConversationDriver.Units, forgotten);
        Assert.Equal(before.Units, after.Units);
        Assert.Equal(before.Total, after.Total);
        Assert.Same(forgotten, forgotten.WithoutRecipients([]));
    }

    [Fact]
    public void The_month_keeps_its_unit_figures_and_the_member_table_says_what_it_leaves_out()
    {
        var (driver, ids) = CampaignSummaryTablesTests.March();
        var before = MonthlySummary.For(driver.Store, ConversationDriver.Units, 2025, 3, Zone);

        Forget(driver, "c1");
        var after = MonthlySummary.For(driver.Store, ConversationDriver.Units, 2025, 3, Zone);

        Assert.Equal(before.Units.Units, after.Units.Units);
        Assert.Equal(before.Units.Total, after.Units.Total);
        Assert.Equal(1, after.CampaignsWithoutMembers);
        Assert.Equal([(ids[0], 1), (ids[3], 1)], after.Members.Select(m => (m.MemberId, m.Received)).OrderBy(m => m.MemberId, StringComparer.Ordinal));
        var report = new CampaignSummaryReport(ConversationDriver.Units, driver.CampaignFiles);
        var text = report.Messages(after, Lang.Vi).OfType<TextOut>().Single().Text.Value;
        Assert.Contains(Texts.CampaignSummaryLeftOut.For(Lang.Vi, 1).Value, text, StringComparison.Ordinal);
        Assert.Contains(Texts.CampaignSummaryCampaign.For(Lang.Vi, "c1", 4).Value, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recipient_s_old_button_says_the_campaign_ended_and_the_export_still_lists_who_answered()
    {
        var driver = new ConversationDriver();
        var member = driver.AddMember("1", "P01", "Lê An");
        driver.AddMember("2", "P01", "Phạm Thu");
        var campaign = Campaigning.Send(driver);
        driver.PressData(member, new AnswerButton(AnswerAction.CouldNot, campaign.Id).Encode());
        driver.Text(member, "Không có mạng");
        Forget(driver, campaign.Id);
        driver.Now = campaign.Deadline.AddDays(91);
        driver.TextsTo(member);

        driver.PressData(member, new AnswerButton(AnswerAction.Done, campaign.Id).Encode());
        driver.PressData(ConversationDriver.Organizer, new BoardButton(BoardAction.Export, campaign.Id).Encode());

        Assert.Equal([Texts.CampaignEnded.For(Lang.Vi).Value], driver.TextsTo(member));
        Assert.Equal(["Lê An"], driver.CampaignFiles.Exported.Single().Select(r => r.FullName));
    }
}
