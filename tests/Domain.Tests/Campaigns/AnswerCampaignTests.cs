using Domain.Campaigns;
using Domain.Conversations;
using Domain.Tests.Support;
using Domain.Text;

namespace Domain.Tests.Campaigns;

public sealed class AnswerCampaignTests
{
    private static (ConversationDriver Driver, Campaign Campaign, Domain.Users.UserKey Member) Sent(bool proof = true)
    {
        var driver = new ConversationDriver();
        var member = driver.AddMember("1", "P01");
        driver.AddMember("2", "P02");
        var campaign = Campaigning.Send(driver, proof);
        driver.TextsTo(member);
        return (driver, campaign, member);
    }

    [Fact]
    public void Done_with_two_links_then_finish()
    {
        var (driver, campaign, member) = Sent();

        driver.Press(member, Texts.CampaignDoneButton.Plain(Lang.Vi));
        Assert.Null(driver.AnswerOf(campaign.Id, member));
        driver.Text(member, "https://facebook.com/me/posts/1 https://zalo.me/g/abc");
        driver.Press(member, Texts.CampaignProofDone.Plain(Lang.Vi));

        var answer = driver.AnswerOf(campaign.Id, member)!;
        Assert.Equal(CampaignOutcome.Done, answer.Outcome);
        Assert.Equal(["https://facebook.com/me/posts/1", "https://zalo.me/g/abc"], answer.Links);
        Assert.Null(driver.SessionOf(member)!.Flow);
        Assert.Contains(Texts.CampaignThanksDone.For(Lang.Vi, campaign.Title).Value, driver.TextsTo(member));
    }

    [Fact]
    public void More_links_than_an_answer_keeps_are_refused_whole_and_the_rest_still_fits()
    {
        var (driver, campaign, member) = Sent();
        var links = Enumerable.Range(1, CampaignAnswer.MaxLinks + 1).Select(i => $"https://facebook.com/me/posts/{i}").ToList();

        driver.Press(member, Texts.CampaignDoneButton.Plain(Lang.Vi));
        driver.TextsTo(member);
        driver.Text(member, string.Join(' ', links));
        Assert.Equal([Texts.CampaignTooManyLinks.For(Lang.Vi, CampaignAnswer.MaxLinks).Value], driver.TextsTo(member));
        Assert.Null(driver.AnswerOf(campaign.Id, member));

        driver.Text(member, string.Join(' ', links.Take(CampaignAnswer.MaxLinks - 1)));
        driver.Text(member, string.Join(' ', links.Skip(CampaignAnswer.MaxLinks - 2)));
        Assert.Contains(Texts.CampaignTooManyLinks.For(Lang.Vi, CampaignAnswer.MaxLinks).Value, driver.TextsTo(member));
        driver.Text(member, links[^2]);

        Assert.Equal(links.Take(CampaignAnswer.MaxLinks), driver.AnswerOf(campaign.Id, member)!.Links);
        Assert.Equal(CampaignAnswerMachine.State.MoreProof, driver.SessionOf(member)!.Step<CampaignAnswerMachine.State>());
    }

    [Fact]
    public void A_picture_that_came_without_anything_to_keep_asks_for_the_link_and_stores_nothing()
    {
        var (driver, campaign, member) = Sent();
        driver.Press(member, Texts.CampaignDoneButton.Plain(Lang.Vi));
        driver.TextsTo(member);

        driver.Send(member, new UnsupportedIn("message.image.received"));

        Assert.Equal([Texts.CampaignProofUnreadable.For(Lang.Vi).Value], driver.TextsTo(member));
        Assert.Null(driver.AnswerOf(campaign.Id, member));
        Assert.Equal(AnswerButton.Prefix, driver.SessionOf(member)!.Flow);
    }

    [Fact]
    public void A_screenshot_is_proof_too_and_more_can_follow()
    {
        var (driver, campaign, member) = Sent();

        driver.Press(member, Texts.CampaignDoneButton.Plain(Lang.Vi));
        driver.Send(member, new MediaIn(MediaKind.Photo, "shot-1", null, null));
        driver.Send(member, new MediaIn(MediaKind.Photo, "shot-2", null, null));

        Assert.Equal(["shot-1", "shot-2"], driver.AnswerOf(campaign.Id, member)!.Photos);
        Assert.Equal(CampaignAnswerMachine.State.MoreProof, driver.SessionOf(member)!.Step<CampaignAnswerMachine.State>());
    }

    [Fact]
    public void Words_that_are_no_link_are_refused_and_nothing_is_stored()
    {
        var (driver, campaign, member) = Sent();

        driver.Press(member, Texts.CampaignDoneButton.Plain(Lang.Vi));
        driver.Text(member, "đã chia sẻ rồi");

        Assert.Null(driver.AnswerOf(campaign.Id, member));
        Assert.Equal(CampaignAnswerMachine.State.Proof, driver.SessionOf(member)!.Step<CampaignAnswerMachine.State>());
    }

    [Fact]
    public void Without_required_proof_the_press_is_the_answer_and_skip_finishes()
    {
        var (driver, campaign, member) = Sent(proof: false);

        driver.Press(member, Texts.CampaignDoneButton.Plain(Lang.Vi));
        Assert.Equal(CampaignOutcome.Done, driver.AnswerOf(campaign.Id, member)!.Outcome);
        driver.Press(member, Texts.Skip.Plain(Lang.Vi));

        Assert.Null(driver.SessionOf(member)!.Flow);
    }

    [Fact]
    public void Skip_is_refused_when_proof_is_required()
    {
        var (driver, campaign, member) = Sent();
        driver.Press(member, Texts.CampaignDoneButton.Plain(Lang.Vi));

        driver.PressData(member, new AnswerButton(AnswerAction.Skip, campaign.Id).Encode());

        Assert.Null(driver.AnswerOf(campaign.Id, member));
    }

    [Fact]
    public void A_press_twice_changes_nothing()
    {
        var (driver, campaign, member) = Sent(proof: false);
        var done = new AnswerButton(AnswerAction.Done, campaign.Id).Encode();

        driver.PressData(member, done);
        var first = driver.AnswerOf(campaign.Id, member);
        driver.PressData(member, done);

        Assert.Same(first, driver.AnswerOf(campaign.Id, member));
        Assert.DoesNotContain(driver.Turns[^1].Changes.Upserts, e => e is CampaignAnswer);
    }

    [Fact]
    public void Could_not_with_a_reason_and_then_changed_to_done_before_the_deadline()
    {
        var (driver, campaign, member) = Sent();

        driver.Press(member, Texts.CampaignCouldNotButton.Plain(Lang.Vi));
        driver.Text(member, "Không dùng Facebook");
        Assert.Equal(("Không dùng Facebook", CampaignOutcome.CouldNot), (driver.AnswerOf(campaign.Id, member)!.Reason, driver.AnswerOf(campaign.Id, member)!.Outcome));

        driver.PressData(member, new AnswerButton(AnswerAction.Done, campaign.Id).Encode());
        driver.Text(member, Campaigning.Link);

        Assert.Equal(CampaignOutcome.Done, driver.AnswerOf(campaign.Id, member)!.Outcome);
        Assert.Equal(2, driver.AnswerOf(campaign.Id, member)!.Changes);
    }

    [Fact]
    public void After_the_deadline_the_buttons_answer_that_the_campaign_has_ended()
    {
        var (driver, campaign, member) = Sent();
        driver.Now = campaign.Deadline;

        driver.PressData(member, new AnswerButton(AnswerAction.Done, campaign.Id).Encode());
        driver.PressData(member, new AnswerButton(AnswerAction.CouldNot, campaign.Id).Encode());

        Assert.All(driver.TextsTo(member), t => Assert.Equal(Texts.CampaignEnded.For(Lang.Vi).Value, t));
        Assert.Null(driver.AnswerOf(campaign.Id, member));
    }

    [Fact]
    public void Proof_sent_after_the_deadline_in_a_conversation_begun_before_is_refused()
    {
        var (driver, campaign, member) = Sent();
        driver.Press(member, Texts.CampaignDoneButton.Plain(Lang.Vi));
        driver.Now = campaign.Deadline.AddMinutes(1);

        driver.Text(member, Campaigning.Link);

        Assert.Null(driver.AnswerOf(campaign.Id, member));
        Assert.Null(driver.SessionOf(member)!.Flow);
    }

    [Fact]
    public void A_stranger_and_a_member_it_was_not_sent_to_cannot_answer()
    {
        var (driver, campaign, _) = Sent();
        var stranger = new Domain.Users.UserKey("tg", "555");
        var latecomer = driver.AddMember("3", "P03");
        var done = new AnswerButton(AnswerAction.Done, campaign.Id).Encode();

        driver.PressData(stranger, done);
        driver.PressData(latecomer, done);

        Assert.Equal([Texts.CampaignMembersOnly.For(Lang.Vi).Value], driver.TextsTo(stranger));
        Assert.Equal([Texts.ButtonExpired.For(Lang.Vi).Value], driver.TextsTo(latecomer));
        Assert.Null(driver.AnswerOf(campaign.Id, stranger));
        Assert.Null(driver.AnswerOf(campaign.Id, latecomer));
    }

    [Theory]
    [InlineData("cdt:ok:{0}:tg:2")]
    [InlineData("cdt:ok:{0}|tg:2")]
    [InlineData("cdt:ok:nope")]
    [InlineData("cdt:zz:{0}")]
    public void Forged_button_data_never_answers_for_another_member(string pattern)
    {
        var (driver, campaign, member) = Sent(proof: false);
        var other = new Domain.Users.UserKey("tg", "2");

        driver.PressData(member, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, campaign.Id));

        Assert.Null(driver.AnswerOf(campaign.Id, other));
        Assert.Empty(driver.Store.All<CampaignAnswer>());
    }

    [Fact]
    public void The_answer_conversation_continues_after_a_restart()
    {
        var (driver, campaign, member) = Sent();
        driver.Press(member, Texts.CampaignDoneButton.Plain(Lang.Vi));

        var restarted = new ConversationDriver(store: driver.Store) { Now = driver.Now };
        restarted.Text(member, Campaigning.Link);

        Assert.Equal([Campaigning.Link], restarted.AnswerOf(campaign.Id, member)!.Links);
    }
}
