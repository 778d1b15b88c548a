using Domain.Campaigns;
using Domain.Conversations;
using Domain.Discussion;
using Domain.Tests.Campaigns;
using Domain.Tests.Discussion;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Conversations.ChoiceSlipTests;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Conversations;

/// <summary>Slips at the steps of choices of /gopy and of a member's campaign answer, on the console shape.</summary>
public sealed class ChoiceSlipCampaignTests
{
    [Fact]
    public void A_word_at_the_comment_topic_step_asks_again_with_the_topics_and_one_picks_the_first()
    {
        var bot = Commenting.Driver();
        Commenting.Member(bot, Alice, "Nguyễn Thị Hoa", "P05");
        bot.Screens.Add(Alice);
        bot.Command(Alice, "/gopy");
        Assert.Equal(CommentMachine.State.Topic, bot.SessionOf(Alice)!.Step<CommentMachine.State>());

        SlipKeepsTheChoices(bot, Alice, "ý kiến về mạng xã hội");
        Assert.Equal(Texts.UseButtons.Vi(), bot.AllSentTo(Alice).OfType<TextOut>().SkipLast(1).Last().Text.Value);
        bot.Text(Alice, "1");

        Assert.Equal(CommentMachine.State.Text, bot.SessionOf(Alice)!.Step<CommentMachine.State>());
        Assert.Equal(Commenting.FirstTopic, bot.SessionOf(Alice)!.Get("topic"));
    }

    [Fact]
    public void Words_without_a_link_keep_skip_and_one_then_skips_the_proof()
    {
        var bot = new ConversationDriver();
        var member = bot.AddMember("1", "P01");
        bot.Screens.Add(member);
        var campaign = Campaigning.Send(bot, proof: false);
        bot.Press(member, Texts.CampaignDoneButton.Plain(Lang.Vi));

        Assert.Equal(new AnswerButton(AnswerAction.Skip, campaign.Id).Encode(), SlipKeepsTheChoices(bot, member, "đã chia sẻ rồi"));
        bot.Text(member, "1");

        Assert.Equal(CampaignOutcome.Done, bot.AnswerOf(campaign.Id, member)!.Outcome);
        Assert.Null(bot.SessionOf(member)!.Flow);
    }

    [Fact]
    public void Send_after_the_deadline_passed_goes_back_to_the_deadline_and_the_typed_time_is_read()
    {
        var bot = new ConversationDriver();
        bot.AddMember("1", "P01");
        var organizer = ConversationDriver.Organizer;
        bot.Screens.Add(organizer);
        Campaigning.ToPreview(bot);
        bot.Now = bot.Now.AddDays(5);
        bot.Replies(organizer);

        bot.Press(organizer, "cd:send");

        Assert.Equal(
            [Texts.CampaignDeadlinePassedBeforeSend.Vi(Domain.Events.MeetingFormat.When(new DateTimeOffset(2025, 3, 5, 20, 0, 0, TimeSpan.Zero), bot.Settings.TimeZone, Lang.Vi)), Texts.CampaignAskDeadline.Vi()],
            bot.TextsTo(organizer));
        Assert.Equal(CampaignComposeMachine.State.Deadline, bot.SessionOf(organizer)!.Step<CampaignComposeMachine.State>());
        Assert.Empty(bot.Store.All<Campaign>());

        bot.Text(organizer, "20g00 10/3/2025");
        Assert.Equal(CampaignComposeMachine.State.Proof, bot.SessionOf(organizer)!.Step<CampaignComposeMachine.State>());
        bot.Text(organizer, "1");
        bot.Press(organizer, "cd:send");

        var sent = Assert.Single(bot.Store.All<Campaign>());
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 20, 0, 0, TimeSpan.Zero), sent.Deadline);
        Assert.Equal(TimeSpan.Zero, bot.Settings.TimeZone.BaseUtcOffset);
    }

    [Fact]
    public void A_stale_send_of_the_old_preview_after_going_back_to_the_deadline_sends_nothing()
    {
        var bot = new ConversationDriver();
        bot.AddMember("1", "P01");
        var organizer = ConversationDriver.Organizer;
        Campaigning.ToPreview(bot);
        bot.Now = bot.Now.AddDays(5);
        bot.Press(organizer, "cd:send");

        bot.PressData(organizer, "cd:send");

        Assert.Empty(bot.Store.All<Campaign>());
        Assert.Equal(CampaignComposeMachine.State.Deadline, bot.SessionOf(organizer)!.Step<CampaignComposeMachine.State>());
    }
}
