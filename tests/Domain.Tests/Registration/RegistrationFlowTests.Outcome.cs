using Domain.Conversations;
using Domain.Conversations.Basics;
using Domain.Members;
using Domain.Members.Registration;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Registration;

public sealed partial class RegistrationFlowTests
{
    [Fact]
    public void Confirming_stores_a_pending_member_and_shows_every_organizer_a_card()
    {
        var consentAt = bot.Now;
        Registering.ToStep(bot, Alice, "Name");
        bot.Now = consentAt.AddMinutes(3);
        bot.Text(Alice, "Nguye\u0302\u0303n Thi\u0323 Hoa");
        bot.Text(Alice, "0901 234 567");
        bot.Press(Alice, "Phường 5");
        bot.Text(Alice, Registering.Position);
        bot.Replies(Alice);

        bot.Press(Alice, "Xác nhận");

        var member = bot.MemberOf(Alice)!;
        Assert.Equal(Alice.ToString(), member.Id);
        Assert.Equal("Nguyễn Thị Hoa", member.FullName);
        Assert.True(member.FullName.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.Equal("+84901234567", member.Phone);
        Assert.Equal("P05", member.UnitCode);
        Assert.Equal(Registering.Position, member.Position);
        Assert.Equal(MemberStatus.Pending, member.Status);
        Assert.Equal(consentAt, member.ConsentAt);
        Assert.Equal(bot.Now, member.RegisteredAt);
        Assert.Null(member.DecidedBy);

        Assert.Contains(Texts.SubmittedPending.Vi(), bot.TextsTo(Alice));
        var session = bot.SessionOf(Alice)!;
        Assert.Null(session.Flow);
        Assert.Empty(session.Draft);

        var audit = Assert.Single(bot.Audit);
        Assert.Equal(("member.registered", Alice, Alice.ToString()), (audit.Action, audit.By, audit.Subject));

        var card = Assert.IsType<TextOut>(Assert.Single(bot.Replies(ConversationDriver.Organizer)));
        Assert.Equal(Texts.ApprovalRequest.Vi("Nguyễn Thị Hoa", Registering.UnitName, Registering.Position), card.Text.Value);
        Assert.Equal(
            [new Button("Duyệt", $"appr:yes:tg:101#{ApprovalRequests.Stamp(bot.MemberOf(Alice)!)}"), new Button("Từ chối", $"appr:no:tg:101#{ApprovalRequests.Stamp(bot.MemberOf(Alice)!)}")],
            card.AllButtons());
    }

    [Fact]
    public void With_auto_approve_the_member_is_approved_at_once_and_no_organizer_is_asked()
    {
        var bot = new ConversationDriver(new BotSettings { Organizers = new HashSet<UserKey> { ConversationDriver.Organizer }, AutoApprove = true });

        Registering.Complete(bot, Alice);

        Assert.Equal(MemberStatus.Approved, bot.MemberOf(Alice)!.Status);
        Assert.Contains(Texts.SubmittedApproved.Vi(Profile.Team(Lang.Vi)), bot.TextsTo(Alice));
        Assert.Empty(bot.AllSentTo(ConversationDriver.Organizer));
    }

    [Fact]
    public void A_configured_organizer_who_registers_is_approved_at_once_and_asks_no_one()
    {
        var bot = new ConversationDriver(new BotSettings { Organizers = new HashSet<UserKey> { ConversationDriver.Organizer, SecondOrganizer } });

        Registering.Complete(bot, ConversationDriver.Organizer);

        Assert.Equal(MemberStatus.Approved, bot.MemberOf(ConversationDriver.Organizer)!.Status);
        Assert.Contains(Texts.SubmittedApproved.Vi(Profile.Team(Lang.Vi)), bot.TextsTo(ConversationDriver.Organizer));
        Assert.Empty(bot.AllSentTo(SecondOrganizer));
    }

    [Fact]
    public void Deep_link_preselects_the_unit_and_the_unit_step_is_skipped()
    {
        bot.Command(Alice, "/start p05");
        bot.Press(Alice, "Đồng ý");
        bot.Text(Alice, Registering.Name);
        bot.Replies(Alice);

        bot.Text(Alice, Registering.Phone);

        Assert.Equal("Position", bot.SessionOf(Alice)!.State);
        Assert.Equal(["✓ 0901 234 567", Texts.AskPosition.Vi()], bot.TextsTo(Alice));
        bot.Text(Alice, Registering.Position);
        Assert.Equal([Texts.Review.Vi(Registering.Name, "0901 234 567", Registering.UnitName, Registering.Position)], bot.TextsTo(Alice));
        bot.Press(Alice, "Xác nhận");
        Assert.Equal("P05", bot.MemberOf(Alice)!.UnitCode);
    }

    [Fact]
    public void Deep_link_with_an_unknown_unit_code_is_ignored()
    {
        bot.Command(Alice, "/start XYZ99");
        Assert.Empty(bot.SessionOf(Alice)!.Draft);
        bot.Press(Alice, "Đồng ý");
        bot.Text(Alice, Registering.Name);

        bot.Text(Alice, Registering.Phone);

        Assert.Equal("Unit", bot.SessionOf(Alice)!.State);
    }

    [Fact]
    public void Start_by_an_approved_member_shows_their_menu_not_a_new_registration()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);

        bot.Command(Alice, "/start");

        var menu = Assert.Single(bot.TextsTo(Alice));
        Assert.Equal(Texts.MemberMenu.Vi(Registering.Name, Registering.UnitName, Profile.Team(Lang.Vi), HelpCommand.MemberSection(Lang.Vi)), menu);
        Assert.Contains("\n/hoinghi – ", menu, StringComparison.Ordinal);
        Assert.Contains("\n/hoso – ", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("/sukien", menu, StringComparison.Ordinal);
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void Start_by_a_pending_member_says_the_registration_awaits_approval()
    {
        Registering.Complete(bot, Alice);
        bot.Replies(Alice);

        bot.Command(Alice, "/start");

        Assert.Equal([Texts.StillPending.Vi()], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_rejected_member_can_register_again()
    {
        Registering.Seed(bot, Alice, MemberStatus.Rejected, "Tên Cũ");

        Registering.Complete(bot, Alice);

        var member = bot.MemberOf(Alice)!;
        Assert.Equal(MemberStatus.Pending, member.Status);
        Assert.Equal(Registering.Name, member.FullName);
        Assert.Single(bot.Replies(ConversationDriver.Organizer));
    }
}
