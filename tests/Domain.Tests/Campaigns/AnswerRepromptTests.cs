using Domain.Campaigns;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Campaigns.ComposeRepromptTests;

namespace Domain.Tests.Campaigns;

/// <summary>A member's proof that is no link: the reply says what is wrong and keeps the step's button.</summary>
public sealed class AnswerRepromptTests
{
    private static (ConversationDriver Driver, Domain.Users.UserKey Member) Answering(bool proof)
    {
        var driver = new ConversationDriver();
        var member = driver.AddMember("1", "P01");
        Campaigning.Send(driver, proof);
        driver.Press(member, Texts.CampaignDoneButton.Plain(Lang.Vi));
        driver.Replies(member);
        return (driver, member);
    }

    [Fact]
    public void Words_without_a_link_are_told_they_hold_no_link_not_quoted_by_their_first_word()
    {
        var (driver, member) = Answering(proof: true);

        driver.Text(member, "đã bình luận rồi");

        Assert.Equal(Texts.CampaignNoLinkInText.For(Lang.Vi).Value, LastOf(driver, member).Text.Value);
    }

    [Fact]
    public void A_broken_link_is_quoted_whole()
    {
        var (driver, member) = Answering(proof: true);

        driver.Text(member, "đã chia sẻ http://");

        Assert.Equal(Texts.CampaignNotALink.For(Lang.Vi, "http://").Value, LastOf(driver, member).Text.Value);
    }

    [Fact]
    public void A_refusal_where_the_step_has_a_button_carries_it()
    {
        var (driver, member) = Answering(proof: false);

        driver.Text(member, "đã bình luận rồi");

        var last = LastOf(driver, member);
        Assert.Equal(Texts.CampaignNoLinkInText.For(Lang.Vi).Value, last.Text.Value);
        Assert.Equal([Texts.Skip.Plain(Lang.Vi)], Labels(last));

        driver.Text(member, Campaigning.Link + "?me=1");
        driver.Replies(member);
        driver.Text(member, "xong rồi");
        Assert.Equal([Texts.CampaignProofDone.Plain(Lang.Vi)], Labels(LastOf(driver, member)));
    }

    [Fact]
    public void Links_among_words_are_taken()
    {
        var (driver, member) = Answering(proof: true);
        var campaign = driver.Store.All<Campaign>().Single();

        driver.Text(member, "Đã chia sẻ: " + Campaigning.Link + "?me=1");

        Assert.Equal([Campaigning.Link + "?me=1"], driver.AnswerOf(campaign.Id, member)!.Links);
    }
}
