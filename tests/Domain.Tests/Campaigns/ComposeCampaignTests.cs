using Domain.Campaigns;
using Domain.Conversations;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;

namespace Domain.Tests.Campaigns;

public sealed class ComposeCampaignTests
{
    private static readonly Domain.Users.UserKey Organizer = ConversationDriver.Organizer;

    [Fact]
    public void The_preview_shows_the_campaign_and_the_number_of_recipients()
    {
        var driver = new ConversationDriver();
        driver.AddMember("1", "P01");
        driver.AddMember("2", "P02");
        driver.AddMember("3", "P02", status: Domain.Members.MemberStatus.Pending);

        Campaigning.ToPreview(driver);

        var texts = driver.TextsTo(Organizer);
        Assert.Contains(texts, t => t.Contains(Campaigning.Link, StringComparison.Ordinal) && t.Contains("Chia sẻ lên trang cá nhân", StringComparison.Ordinal));
        Assert.Contains(Texts.NoticeConfirm.For(Lang.Vi, 2, Texts.AudienceAll.Plain(Lang.Vi)).Value, texts);
        Assert.Equal(CampaignComposeMachine.State.Preview, driver.SessionOf(Organizer)!.Step<CampaignComposeMachine.State>());
        Assert.Empty(driver.Store.All<Campaign>());
    }

    [Fact]
    public void Sending_stores_the_campaign_and_its_broadcast_and_queues_one_message_with_both_buttons_per_member()
    {
        var driver = new ConversationDriver();
        var a = driver.AddMember("1", "P01");
        driver.AddMember("2", "P02");

        var campaign = Campaigning.Send(driver);

        Assert.Equal(Campaigning.FirstId, campaign.Id);
        Assert.Equal(Campaigning.Link, campaign.Link);
        Assert.True(campaign.ProofRequired);
        Assert.Equal(2, campaign.Recipients.Count);
        var notice = driver.NoticeOf(campaign.Id)!;
        Assert.Equal(campaign.Recipients, notice.Recipients);
        var tagged = driver.Tagged(notice.Tag);
        Assert.Equal(2, tagged.Count);
        Assert.All(tagged, d => Assert.Equal(Priority.Bulk, d.Priority));
        var message = (TextOut)tagged.Single(d => d.To == a).Message;
        Assert.Equal(
            [new AnswerButton(AnswerAction.Done, campaign.Id).Encode(), new AnswerButton(AnswerAction.CouldNot, campaign.Id).Encode()],
            message.Buttons.SelectMany(r => r).Select(b => b.Data));
        Assert.Null(driver.SessionOf(Organizer)!.Flow);
        Assert.Contains(driver.Audit, e => e.Action == "campaign.sent" && e.Subject == campaign.Id);
    }

    [Fact]
    public void Chosen_units_only_get_it_and_a_picture_goes_first()
    {
        var driver = new ConversationDriver();
        var a = driver.AddMember("1", "P01");
        var b = driver.AddMember("2", "P02");
        driver.Command(Organizer, "/chiendich");
        driver.Press(Organizer, "cdb:new");
        driver.Text(Organizer, "Tên");
        driver.Text(Organizer, "Nội dung cần chia sẻ");
        driver.Send(Organizer, new MediaIn(MediaKind.Photo, "photo-file-1", null, null));
        driver.Text(Organizer, "Bình luận ủng hộ");
        driver.Press(Organizer, "cd:units");
        driver.Press(Organizer, "cd:u:P02");
        driver.Press(Organizer, "cd:udone");
        driver.Text(Organizer, "5/3/2025");
        driver.Press(Organizer, "cd:pf:0");
        driver.Press(Organizer, "cd:send");

        var campaign = driver.Store.All<Campaign>().Single();
        Assert.Equal([b.ToString()], campaign.Recipients);
        Assert.Null(campaign.Link);
        Assert.Equal("photo-file-1", campaign.PictureId);
        Assert.Empty(driver.AllSentTo(a));
        var sent = driver.AllSentTo(b);
        Assert.IsType<MediaOut>(sent[0]);
        Assert.IsType<TextOut>(sent[1]);
    }

    [Theory]
    [InlineData("Xem tại https://facebook.com@evil.example/x", "https://facebook.com@evil.example/x")]
    [InlineData("www.", "www.")]
    public void A_bad_link_in_the_content_is_refused_and_asked_again(string content, string bad)
    {
        var driver = new ConversationDriver();
        driver.Command(Organizer, "/chiendich");
        driver.Press(Organizer, "cdb:new");
        driver.Text(Organizer, "Tên");
        driver.TextsTo(Organizer);

        driver.Text(Organizer, content);

        Assert.Equal(CampaignComposeMachine.State.Content, driver.SessionOf(Organizer)!.Step<CampaignComposeMachine.State>());
        Assert.Equal([Texts.CampaignBadLink.For(Lang.Vi, bad).Value], driver.TextsTo(Organizer));
    }

    [Theory]
    [InlineData("28/2/2025")]
    [InlineData("1/1/2025")]
    [InlineData("hôm nay")]
    [InlineData("1/1/2026")]
    [InlineData("100 ngày")]
    [InlineData("0 ngày")]
    public void A_deadline_past_unreadable_or_too_far_is_asked_again(string deadline)
    {
        var driver = new ConversationDriver();
        driver.AddMember("1", "P01");
        driver.Command(Organizer, "/chiendich");
        driver.Press(Organizer, "cdb:new");
        driver.Text(Organizer, "Tên");
        driver.Text(Organizer, Campaigning.Link);
        driver.Press(Organizer, "cd:np");
        driver.Text(Organizer, "Chia sẻ");
        driver.Press(Organizer, "cd:all");

        driver.Text(Organizer, deadline);

        Assert.Equal(CampaignComposeMachine.State.Deadline, driver.SessionOf(Organizer)!.Step<CampaignComposeMachine.State>());
    }

    [Fact]
    public void A_plain_member_can_neither_open_the_board_nor_compose_with_forged_buttons()
    {
        var driver = new ConversationDriver();
        var member = driver.AddMember("1", "P01");

        driver.Command(member, "/chiendich");
        driver.PressData(member, "cdb:new");
        driver.PressData(member, "cd:send");
        driver.PressData(member, "cdb:x:" + Campaigning.FirstId);

        Assert.All(driver.TextsTo(member), t => Assert.Contains(t, new[] { Texts.NotAllowed.For(Lang.Vi).Value, Texts.ButtonExpired.For(Lang.Vi).Value }));
        Assert.Null(driver.SessionOf(member)!.Flow);
        Assert.Empty(driver.Store.All<Campaign>());
    }

    [Fact]
    public void A_session_in_the_compose_flow_of_someone_no_longer_organizer_sends_nothing()
    {
        var driver = new ConversationDriver();
        var member = driver.AddMember("1", "P01");
        driver.Store.Put(Session.New(member, Lang.Vi).Enter(ComposeButton.Prefix, CampaignComposeMachine.State.Preview));

        driver.PressData(member, "cd:send");

        Assert.Empty(driver.Store.All<Campaign>());
        Assert.Null(driver.SessionOf(member)!.Flow);
    }

    [Fact]
    public void The_conversation_continues_at_the_same_step_after_a_restart()
    {
        var store = new MemoryStore();
        var first = new ConversationDriver(store: store);
        first.AddMember("1", "P01");
        first.Command(Organizer, "/chiendich");
        first.Press(Organizer, "cdb:new");
        first.Text(Organizer, "Tên");
        first.Text(Organizer, Campaigning.Link);

        var second = new ConversationDriver(store: store);
        second.PressData(Organizer, "cd:np");
        second.Text(Organizer, "Chia sẻ");
        second.PressData(Organizer, "cd:all");
        second.Text(Organizer, "5/3/2025");
        second.PressData(Organizer, "cd:pf:1");
        second.PressData(Organizer, "cd:send");

        var campaign = Assert.Single(store.All<Campaign>());
        Assert.Equal("Tên", campaign.Title);
        Assert.Equal(Campaigning.Link, campaign.Link);
    }

    [Fact]
    public void A_deadline_in_days_counts_from_now()
    {
        var driver = new ConversationDriver();
        driver.AddMember("1", "P01");
        Campaigning.ToPreview(driver, deadline: "3 ngày");

        driver.Press(Organizer, "cd:send");

        Assert.Equal(new DateTimeOffset(2025, 3, 4, 20, 0, 0, TimeSpan.Zero), driver.Store.All<Campaign>().Single().Deadline);
    }

    [Fact]
    public void A_second_press_of_send_on_the_old_preview_sends_nothing_more()
    {
        var driver = new ConversationDriver();
        driver.AddMember("1", "P01");
        var campaign = Campaigning.Send(driver);
        driver.TextsTo(Organizer);

        driver.Press(Organizer, "cd:send");

        Assert.Contains(Texts.ButtonExpired.Plain(Lang.Vi), driver.TextsTo(Organizer));
        Assert.Equal([campaign.Id], driver.Store.All<Campaign>().Select(c => c.Id));
        Assert.Single(driver.Store.All<Notice>());
        Assert.Single(driver.Tagged(driver.NoticeOf(campaign.Id)!.Tag));
    }

    [Fact]
    public void Cancel_sends_nothing()
    {
        var driver = new ConversationDriver();
        driver.AddMember("1", "P01");
        Campaigning.ToPreview(driver);

        driver.Press(Organizer, "cd:cancel");

        Assert.Empty(driver.Store.All<Campaign>());
        Assert.Empty(driver.Store.All<Notice>());
    }
}
