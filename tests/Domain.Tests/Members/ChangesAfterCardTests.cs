using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Members;

/// <summary>
/// What organizers decided on follows the member's changes: a coordinator who moves unit stops
/// answering for the old one, and a waiting member's edit sends a fresh approval card and retires
/// the old one's buttons.
/// </summary>
public sealed class ChangesAfterCardTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Meetings.Driver();

    private void MoveUnit(UserKey who, string code)
    {
        bot.Command(who, "/hoso");
        bot.Press(who, "prof:field:Unit");
        bot.Press(who, $"prof:unit:{code}");
    }

    [Fact]
    public void A_coordinator_who_changes_unit_loses_the_role_and_the_organizers_are_told()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.Store.Put(new RoleGrant(Alice.ToString(), Role.Coordinator, Organizer.ToString(), bot.Now));

        MoveUnit(Alice, "P07");

        Assert.Equal("P07", bot.MemberOf(Alice)!.UnitCode);
        Assert.Null(bot.Store.Find<RoleGrant>(Alice.ToString()));
        Assert.Equal(Role.Member, Access.RoleOf(bot.Store, bot.Settings, Alice));
        Assert.Contains(Texts.CoordinatorMovedUnit.For(Lang.Vi, Registering.Name, Registering.UnitName, "Phường 7").Value, bot.TextsTo(Organizer));
        Assert.Contains(Texts.YouLeftCoordinator.For(Lang.Vi, Registering.UnitName).Value, bot.TextsTo(Alice));
        Assert.Contains(bot.Audit, a => a.Action == "role.revoked" && a.Subject == Alice.ToString());

        // The delegation of the new unit is not theirs to answer.
        bot.Command(Alice, "/hoso");
        Assert.Contains(MemberTexts.RoleName(Lang.Vi, Role.Member), bot.TextsTo(Alice)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_organizer_or_a_coordinator_who_changes_another_field_keeps_the_role()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        Registering.Seed(bot, Bob, MemberStatus.Approved, "Trần Văn Bình");
        bot.Store.Put(new RoleGrant(Alice.ToString(), Role.Organizer, Organizer.ToString(), bot.Now));
        bot.Store.Put(new RoleGrant(Bob.ToString(), Role.Coordinator, Organizer.ToString(), bot.Now));

        MoveUnit(Alice, "P07");
        bot.Command(Bob, "/hoso");
        bot.Press(Bob, "prof:field:Position");
        bot.Text(Bob, "Phó trưởng ban");

        Assert.Equal(Role.Organizer, Access.RoleOf(bot.Store, bot.Settings, Alice));
        Assert.Equal(Role.Coordinator, Access.RoleOf(bot.Store, bot.Settings, Bob));
    }

    [Fact]
    public void A_waiting_members_edit_sends_a_fresh_card_and_the_old_cards_buttons_stop_working()
    {
        Registering.Complete(bot, Alice);
        var old = bot.LastWithButtons(Organizer)!;
        bot.Replies(Organizer);

        bot.Command(Alice, "/hoso");
        bot.Press(Alice, "prof:field:Position");
        bot.Text(Alice, "Bí thư chi bộ");

        var fresh = Assert.Single(bot.Replies(Organizer).OfType<TextOut>());
        Assert.Contains(Texts.ApprovalRequest.For(Lang.Vi, Registering.Name, Registering.UnitName, "Bí thư chi bộ").Value, fresh.Text.Value, StringComparison.Ordinal);
        Assert.StartsWith(Texts.ApprovalCardChanged.For(Lang.Vi).Value, fresh.Text.Value, StringComparison.Ordinal);

        bot.PressData(Organizer, old.Buttons[0][0].Data);

        Assert.Equal(MemberStatus.Pending, bot.MemberOf(Alice)!.Status);
        Assert.Equal([Texts.ButtonExpired.For(Lang.Vi).Value], bot.TextsTo(Organizer));
        Assert.DoesNotContain(bot.Audit, a => a.Action == "member.approved");

        bot.PressData(Organizer, fresh.Buttons[0][0].Data);
        Assert.Equal(MemberStatus.Approved, bot.MemberOf(Alice)!.Status);
    }

    [Fact]
    public void A_card_without_a_stamp_or_with_a_guessed_one_decides_nothing()
    {
        Registering.Complete(bot, Alice);
        bot.Replies(Organizer);

        bot.PressData(Organizer, $"appr:yes:{Alice}");
        bot.PressData(Organizer, $"appr:yes:{Alice}#00000000");

        Assert.Equal(MemberStatus.Pending, bot.MemberOf(Alice)!.Status);
        Assert.Equal([Texts.ButtonExpired.For(Lang.Vi).Value, Texts.ButtonExpired.For(Lang.Vi).Value], bot.TextsTo(Organizer));
    }

    [Fact]
    public void A_plain_member_or_a_stranger_pressing_a_fresh_card_is_not_allowed()
    {
        Registering.Complete(bot, Alice);
        var card = bot.LastWithButtons(Organizer)!;
        Registering.Seed(bot, Bob, MemberStatus.Approved, "Trần Văn Bình");

        bot.PressData(Bob, card.Buttons[0][0].Data);
        bot.PressData(new UserKey("tg", "555"), card.Buttons[0][0].Data);

        Assert.Equal(MemberStatus.Pending, bot.MemberOf(Alice)!.Status);
    }
}
