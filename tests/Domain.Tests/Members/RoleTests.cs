using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Members;

/// <summary>/thanhvien: organizers browse approved members and set their roles; nobody else can.</summary>
public sealed class RoleTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = new();

    public RoleTests()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        // Another person: another phone (the same number would offer to merge the two profiles).
        bot.Store.Put(Registering.Seed(bot, Bob, MemberStatus.Approved, "Trần Văn Bình", "P07") with { Phone = "+84907654321" });
    }

    private Role RoleOf(UserKey user) => Access.RoleOf(bot.Store, bot.Settings, user);

    [Fact]
    public void Members_are_listed_by_unit_with_their_roles()
    {
        bot.Command(Organizer, "/thanhvien");
        var units = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Organizer)));
        Assert.Equal(Texts.MembersChooseUnit.Vi(), units.Text.Value);
        Assert.Equal(
            [new Button("Phường 5 (1)", "mem:unit:P05"), new Button("Phường 7 (1)", "mem:unit:P07")],
            units.AllButtons());

        bot.Press(Organizer, "Phường 5 (1)");

        var people = bot.Replies(Organizer).OfType<TextOut>().Single();
        Assert.Equal(Texts.MembersOfUnit.Vi(Registering.UnitName), people.Text.Value);
        Assert.Equal([new Button($"{Registering.Name} – Thành viên", "mem:show:tg:101")], people.AllButtons());
    }

    // The member buttons carry "mem:show:<channel>:<id>": the key holds a colon itself, so the
    // handler must not split the data into more parts than the verb needs.
    [Fact]
    public void Pressing_a_member_in_the_unit_list_opens_their_card_with_role_buttons()
    {
        bot.Command(Organizer, "/thanhvien");
        bot.Press(Organizer, "mem:unit:P05");
        bot.Replies(Organizer);

        bot.Press(Organizer, "mem:show:tg:101");

        var card = bot.Replies(Organizer).OfType<TextOut>().Single();
        Assert.Equal(
            Texts.MemberCard.Vi(Registering.Name, "0901 234 567", Registering.UnitName, Registering.Position, "Thành viên"),
            card.Text.Value);
        Assert.Equal(["mem:role:c:tg:101", "mem:role:o:tg:101"], card.AllButtons().Select(b => b.Data));
    }

    [Fact]
    public void Nobody_to_list_when_no_member_is_approved_yet()
    {
        var empty = new ConversationDriver();
        Registering.Seed(empty, Alice, MemberStatus.Pending);

        empty.Command(Organizer, "/thanhvien");

        Assert.Equal([Texts.MembersNone.Vi()], empty.TextsTo(Organizer));
    }

    [Fact]
    public void The_member_list_is_not_shown_to_a_non_organizer()
    {
        bot.Command(Alice, "/thanhvien");

        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Alice));
    }

    [Theory]
    [InlineData("mem:role:o:tg:101")]
    [InlineData("mem:role:c:tg:102")]
    [InlineData("mem:role:m:tg:9001")]
    [InlineData("mem:unit:P05")]
    public void A_forged_directory_press_by_a_non_organizer_changes_nothing(string data)
    {
        var turns = bot.Turns.Count;

        bot.PressData(Alice, data);

        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Alice));
        var (_, changes) = Assert.Single(bot.Turns.Skip(turns));
        Assert.Empty(changes.Upserts.OfType<RoleGrant>());
        Assert.Empty(changes.Deletes);
        Assert.Empty(changes.Audit);
        Assert.Empty(bot.Store.All<RoleGrant>());
        Assert.Equal(Role.Member, RoleOf(Alice));
        Assert.Empty(bot.AllSentTo(Bob));
    }

    [Fact]
    public void An_organizer_grants_the_coordinator_role_and_the_member_is_told()
    {
        bot.Now = bot.Now.AddDays(1);

        bot.PressData(Organizer, "mem:role:c:tg:101");

        Assert.Equal(new RoleGrant(Alice.ToString(), Role.Coordinator, Organizer.ToString(), bot.Now), bot.Store.Find<RoleGrant>(Alice.ToString()));
        Assert.Equal(Role.Coordinator, RoleOf(Alice));
        var audit = Assert.Single(bot.Audit);
        Assert.Equal(("role.granted", Organizer, Alice.ToString(), "Coordinator"), (audit.Action, audit.By, audit.Subject, audit.Details));
        Assert.Equal([Texts.YourRoleChanged.Vi(Texts.RoleCoordinator.Vi)], bot.TextsTo(Alice));
        Assert.Equal([Texts.RoleChanged.Vi(Registering.Name, Texts.RoleCoordinator.Vi)], bot.TextsTo(Organizer));
    }

    [Fact]
    public void A_member_is_told_of_a_new_role_in_their_own_language()
    {
        bot.Command(Alice, "/lang en");
        bot.Replies(Alice);

        bot.PressData(Organizer, "mem:role:c:tg:101");

        Assert.Equal([Texts.YourRoleChanged.En("Unit coordinator")], bot.TextsTo(Alice));
    }

    [Fact]
    public void An_organizer_grants_the_organizer_role_and_the_new_organizer_can_see_pending_registrations()
    {
        Registering.Complete(bot, Carol, "Lê Thị Cúc");
        bot.Command(Alice, "/choduyet");
        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Alice));

        bot.PressData(Organizer, "mem:role:o:tg:101");
        Assert.Equal(Role.Organizer, RoleOf(Alice));
        Assert.Equal("role.granted", bot.Audit[^1].Action);
        bot.Replies(Alice);

        bot.Command(Alice, "/choduyet");

        var replies = bot.Replies(Alice).Texts();
        Assert.Equal(Texts.PendingHeader.Vi(1), replies[0]);
        Assert.Equal(Texts.ApprovalRequest.Vi("Lê Thị Cúc", Registering.UnitName, Registering.Position), replies[1]);
        bot.Press(Alice, "Duyệt");
        Assert.Equal(MemberStatus.Approved, bot.MemberOf(Carol)!.Status);
        Assert.Equal(Alice.ToString(), bot.MemberOf(Carol)!.DecidedBy);
    }

    [Fact]
    public void A_granted_organizer_is_shown_new_registrations()
    {
        bot.PressData(Organizer, "mem:role:o:tg:101");
        bot.Replies(Alice);

        Registering.Complete(bot, Carol, "Lê Thị Cúc");

        var card = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice)));
        Assert.Equal(Texts.ApprovalRequest.Vi("Lê Thị Cúc", Registering.UnitName, Registering.Position), card.Text.Value);
    }

    [Fact]
    public void Revoking_a_role_deletes_the_grant_and_the_person_is_a_member_again()
    {
        bot.PressData(Organizer, "mem:role:o:tg:101");
        bot.Replies(Alice);

        bot.PressData(Organizer, "mem:role:m:tg:101");

        Assert.Null(bot.Store.Find<RoleGrant>(Alice.ToString()));
        Assert.Equal(Role.Member, RoleOf(Alice));
        var audit = bot.Audit[^1];
        Assert.Equal(("role.revoked", Organizer, Alice.ToString()), (audit.Action, audit.By, audit.Subject));
        Assert.Equal([Texts.YourRoleChanged.Vi("Thành viên")], bot.TextsTo(Alice));
        bot.Command(Alice, "/choduyet");
        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Alice));
    }

    [Fact]
    public void Setting_the_role_a_member_already_has_records_and_tells_nothing_new()
    {
        bot.PressData(Organizer, "mem:role:m:tg:101");

        Assert.Empty(bot.Audit);
        Assert.Empty(bot.TextsTo(Alice));
        Assert.Equal([Texts.RoleChanged.Vi(Registering.Name, "Thành viên")], bot.TextsTo(Organizer));
    }

    [Theory]
    [InlineData("mem:role:m:tg:9001")]
    [InlineData("mem:role:c:tg:9001")]
    public void The_role_of_a_configured_organizer_cannot_be_changed_by_chat(string data)
    {
        Registering.Seed(bot, Organizer, MemberStatus.Approved, "Phạm Văn Tổ");
        bot.PressData(Organizer, "mem:role:o:tg:101");
        bot.Replies(Organizer);
        bot.Replies(Alice);
        var audit = bot.Audit.Count;

        bot.PressData(Alice, data);

        Assert.Equal([Texts.RoleFromConfiguration.Vi("Phạm Văn Tổ")], bot.TextsTo(Alice));
        Assert.Null(bot.Store.Find<RoleGrant>(Organizer.ToString()));
        Assert.Equal(Role.Organizer, RoleOf(Organizer));
        Assert.Equal(audit, bot.Audit.Count);
        Assert.Empty(bot.TextsTo(Organizer));
    }

    [Fact]
    public void A_role_cannot_be_given_to_someone_who_is_not_an_approved_member()
    {
        Registering.Seed(bot, Carol, MemberStatus.Pending, "Lê Thị Cúc");

        bot.PressData(Organizer, "mem:role:o:tg:103");

        Assert.Equal([Texts.MemberGone.Vi()], bot.TextsTo(Organizer));
        Assert.Null(bot.Store.Find<RoleGrant>(Carol.ToString()));
        Assert.Equal(Role.Member, RoleOf(Carol));
    }

    [Theory]
    [InlineData("mem:role:x:tg:101")]
    [InlineData("mem:role:o:nokey")]
    [InlineData("mem:unit:NOPE")]
    [InlineData("mem:whatever")]
    public void Directory_data_that_does_not_parse_is_no_longer_valid(string data)
    {
        bot.PressData(Organizer, data);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Organizer));
        Assert.Empty(bot.Store.All<RoleGrant>());
    }
}
