using Domain.Campaigns;
using Domain.Conversations;
using Domain.Tests.Support;
using Domain.Text;

namespace Domain.Tests.Campaigns;

/// <summary>
/// Something a step of choices cannot take is answered with the step's buttons again: on Zalo and
/// the console a message without choices takes the numbers away, so "1" must mean something again.
/// </summary>
public sealed class ComposeRepromptTests
{
    private static readonly Domain.Users.UserKey Organizer = ConversationDriver.Organizer;

    private static ConversationDriver ToPicture()
    {
        var driver = new ConversationDriver();
        driver.AddMember("1", "P01");
        driver.Command(Organizer, "/chiendich");
        driver.Press(Organizer, "cdb:new");
        driver.Text(Organizer, "Chia sẻ bài Ngày hội Đại đoàn kết");
        driver.Text(Organizer, Campaigning.Link);
        driver.Replies(Organizer);
        return driver;
    }

    /// <summary>The last message of the turn: on a channel of numbered choices its buttons hold the numbers.</summary>
    public static TextOut LastOf(ConversationDriver driver, Domain.Users.UserKey user) => driver.Replies(user).OfType<TextOut>().Last();

    public static IReadOnlyList<string> Labels(TextOut message) => message.Buttons.SelectMany(r => r).Select(b => b.Label).ToList();

    [Fact]
    public void A_text_at_the_picture_step_is_answered_with_the_no_picture_button()
    {
        var driver = ToPicture();

        driver.Text(Organizer, "http://");

        var last = LastOf(driver, Organizer);
        Assert.Equal(Texts.CampaignPictureExpected.For(Lang.Vi).Value, last.Text.Value);
        Assert.Equal([Texts.CampaignNoPicture.Plain(Lang.Vi)], Labels(last));
        driver.Press(Organizer, Texts.CampaignNoPicture.Plain(Lang.Vi));
        Assert.Equal(CampaignComposeMachine.State.Action, driver.SessionOf(Organizer)!.Step<CampaignComposeMachine.State>());
    }

    [Fact]
    public void A_text_at_the_audience_step_asks_the_audience_again_with_its_buttons()
    {
        var driver = ToPicture();
        driver.Press(Organizer, "cd:np");
        driver.Text(Organizer, "Chia sẻ lên trang cá nhân");
        driver.Replies(Organizer);

        driver.Text(Organizer, "abc");

        var sent = driver.Replies(Organizer).OfType<TextOut>().ToList();
        Assert.Equal(Texts.UseButtons.For(Lang.Vi).Value, sent[0].Text.Value);
        Assert.Equal(Texts.AskAudience.For(Lang.Vi).Value, sent[^1].Text.Value);
        Assert.Contains(Texts.AudienceAll.Plain(Lang.Vi), Labels(sent[^1]));
    }

    [Fact]
    public void A_deadline_typed_again_at_the_proof_step_asks_the_proof_question_again_with_its_buttons()
    {
        var driver = ToPicture();
        driver.Press(Organizer, "cd:np");
        driver.Text(Organizer, "Chia sẻ lên trang cá nhân");
        driver.Press(Organizer, "cd:all");
        driver.Text(Organizer, "20g00 5/3/2025");
        driver.Replies(Organizer);

        driver.Text(Organizer, "20g00 5/3/2025");

        var last = LastOf(driver, Organizer);
        Assert.Equal(Texts.CampaignAskProof.For(Lang.Vi).Value, last.Text.Value);
        Assert.Equal([Texts.CampaignProofYes.Plain(Lang.Vi), Texts.CampaignProofNo.Plain(Lang.Vi)], Labels(last));
    }

    [Fact]
    public void Done_with_no_unit_ticked_shows_the_unit_list_again()
    {
        var driver = ToPicture();
        driver.Press(Organizer, "cd:np");
        driver.Text(Organizer, "Chia sẻ lên trang cá nhân");
        driver.Press(Organizer, "cd:units");
        driver.Replies(Organizer);

        driver.Press(Organizer, "cd:udone");

        var last = LastOf(driver, Organizer);
        Assert.Equal(Texts.ChooseUnits.For(Lang.Vi).Value, last.Text.Value);
        Assert.Contains(Texts.UnitsDone.Plain(Lang.Vi), Labels(last));
    }

    [Fact]
    public void A_preview_of_nobody_offers_no_send_but_start_over_and_cancel()
    {
        var driver = ToPicture();
        driver.Press(Organizer, "cd:np");
        driver.Text(Organizer, "Chia sẻ lên trang cá nhân");
        driver.Press(Organizer, "cd:units");
        driver.Press(Organizer, "cd:u:P05");
        driver.Press(Organizer, "cd:udone");
        driver.Text(Organizer, "20g00 5/3/2025");
        driver.Press(Organizer, "cd:pf:1");

        var last = LastOf(driver, Organizer);
        Assert.Equal(Texts.PreviewNobody.For(Lang.Vi, "Phường 5").Value, last.Text.Value);
        Assert.Equal([Texts.CampaignStartOver.Plain(Lang.Vi), Texts.Cancel.Plain(Lang.Vi)], Labels(last));

        driver.Text(Organizer, "abc");
        Assert.Equal(Labels(last), Labels(LastOf(driver, Organizer)));

        // A forged or old Send changes nothing and shows the buttons again.
        driver.PressData(Organizer, "cd:send");
        Assert.Equal(Labels(last), Labels(LastOf(driver, Organizer)));
        Assert.Empty(driver.Store.All<Campaign>());
    }
}
