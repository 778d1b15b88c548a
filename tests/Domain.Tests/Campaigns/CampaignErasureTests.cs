using Domain.Campaigns;
using Domain.Tests.Support;
using Domain.Text;

namespace Domain.Tests.Campaigns;

public sealed class CampaignErasureTests
{
    [Fact]
    public void A_member_s_answers_proofs_and_place_in_campaigns_go_with_them_and_the_counts_follow()
    {
        var driver = new ConversationDriver();
        var member = driver.AddMember("1", "P01");
        var other = driver.AddMember("2", "P01");
        var campaign = Campaigning.Send(driver);
        driver.PressData(member, new AnswerButton(AnswerAction.Done, campaign.Id).Encode());
        driver.Send(member, new Domain.Conversations.MediaIn(Domain.Conversations.MediaKind.Photo, "screenshot-of-member-1", null, null));
        driver.PressData(other, new AnswerButton(AnswerAction.Done, campaign.Id).Encode());
        driver.Text(other, Campaigning.Link);

        driver.Command(member, "/xoadulieu");
        driver.Press(member, Texts.EraseYes.Plain(Lang.Vi));

        Assert.Null(driver.AnswerOf(campaign.Id, member));
        Assert.NotNull(driver.AnswerOf(campaign.Id, other));
        var stored = driver.Store.Find<Campaign>(campaign.Id)!;
        Assert.Equal([other.ToString()], stored.Recipients);
        var report = CampaignProgress.Of(driver.Store, ConversationDriver.Units, stored);
        Assert.Equal((1, 1), (report.Total.Done, report.Total.Recipients));
    }
}
