using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Trust;

/// <summary>
/// On a channel without buttons (Zalo, the console) a choice is a typed number, and a message that
/// arrived meanwhile may have changed what the number stands for. A choice that changes someone
/// else's data, or erases a person's, first says what it will do and waits for one confirmation.
/// </summary>
public sealed class TypedConfirmationTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Meetings.Driver();

    private void Typed(UserKey from, string data) => bot.Send(from, new ButtonIn(data, null, 1));

    private TextOut LastTo(UserKey to) => bot.Replies(to).OfType<TextOut>().Last();

    private string ApproveData() => bot.LastWithButtons(Organizer)!.Buttons[0][0].Data;

    [Fact]
    public void A_typed_approval_names_the_person_and_waits_for_the_confirmation()
    {
        Registering.Complete(bot, Alice);
        var approve = ApproveData();
        bot.Replies(Organizer);

        Typed(Organizer, approve);

        var ask = LastTo(Organizer);
        Assert.Equal(Texts.ConfirmApprove.For(Lang.Vi, Registering.Name, Registering.UnitName).Value, ask.Text.Value);
        Assert.Equal([$"{TypedConfirmation.Prefix}:{approve}", TypedConfirmation.Stop], ask.Buttons.SelectMany(r => r).Select(b => b.Data));
        Assert.Equal(MemberStatus.Pending, bot.MemberOf(Alice)!.Status);

        Typed(Organizer, $"{TypedConfirmation.Prefix}:{approve}");

        Assert.Equal(MemberStatus.Approved, bot.MemberOf(Alice)!.Status);
    }

    [Fact]
    public void Stopping_changes_nothing_and_a_press_with_a_callback_goes_at_once()
    {
        Registering.Complete(bot, Alice);
        var approve = ApproveData();

        Typed(Organizer, approve);
        Typed(Organizer, TypedConfirmation.Stop);
        Assert.Equal(Texts.ConfirmStopped.For(Lang.Vi).Value, LastTo(Organizer).Text.Value);
        Assert.Equal(MemberStatus.Pending, bot.MemberOf(Alice)!.Status);

        bot.PressData(Organizer, approve);
        Assert.Equal(MemberStatus.Approved, bot.MemberOf(Alice)!.Status);
    }

    [Fact]
    public void A_typed_role_change_merge_erasure_and_link_each_say_what_they_will_do()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        Registering.Seed(bot, Bob, MemberStatus.Approved, "Trần Văn Bình");

        Typed(Organizer, $"mem:role:c:{Alice}");
        Assert.Equal(Texts.ConfirmRole.For(Lang.Vi, Registering.Name, MemberTexts.RoleName(Lang.Vi, Role.Coordinator)).Value, LastTo(Organizer).Text.Value);
        Assert.Null(bot.Store.Find<RoleGrant>(Alice.ToString()));

        Typed(Organizer, $"mem:into:{Bob}|{Alice}");
        Assert.Equal(Texts.ConfirmMerge.For(Lang.Vi, "Trần Văn Bình", "tg", Registering.Name, "tg").Value, LastTo(Organizer).Text.Value);

        Typed(Alice, "erase:yes");
        Assert.Equal(Texts.ConfirmErase.For(Lang.Vi).Value, LastTo(Alice).Text.Value);
        Assert.NotNull(bot.MemberOf(Alice));

        Typed(Alice, $"{TypedConfirmation.Prefix}:erase:yes");
        Assert.Null(bot.MemberOf(Alice));
    }

    [Fact]
    public void A_typed_link_agreement_is_confirmed_once_more()
    {
        Registering.Seed(bot, Linking.OnZalo, MemberStatus.Approved);
        var code = Linking.IssueCode(bot, Linking.OnZalo)!;
        Linking.Type(bot, Linking.OnTelegram, code);

        Typed(Linking.OnZalo, $"link:ok:{code}");
        Assert.Equal(Texts.ConfirmLink.For(Lang.Vi, "Telegram").Value, LastTo(Linking.OnZalo).Text.Value);
        Assert.Empty(bot.Store.All<IdentityLink>());

        Typed(Linking.OnZalo, $"{TypedConfirmation.Prefix}:link:ok:{code}");
        Assert.Single(bot.Store.All<IdentityLink>());
    }

    [Fact]
    public void A_plain_member_a_stranger_a_stale_and_a_guessed_confirmation_change_nothing_and_reveal_no_name()
    {
        Registering.Complete(bot, Alice);
        var approve = ApproveData();
        Registering.Seed(bot, Bob, MemberStatus.Approved, "Trần Văn Bình");
        var stranger = new UserKey("zalo", "0000stranger");
        bot.Replies(Bob);

        Typed(Bob, approve);
        Typed(stranger, $"{TypedConfirmation.Prefix}:{approve}");

        Assert.Equal(Texts.NotAllowed.For(Lang.Vi).Value, LastTo(Bob).Text.Value);
        Assert.DoesNotContain(bot.AllSentTo(Bob).Concat(bot.AllSentTo(stranger)).OfType<TextOut>(), t => t.Text.Value.Contains(Registering.Name, StringComparison.Ordinal));
        Assert.Equal(MemberStatus.Pending, bot.MemberOf(Alice)!.Status);

        bot.PressData(Organizer, approve);
        bot.Replies(Organizer);
        Typed(Organizer, $"{TypedConfirmation.Prefix}:{approve}");
        Assert.Contains(Registering.Name, LastTo(Organizer).Text.Value, StringComparison.Ordinal);
        Assert.Single(bot.Audit, a => a.Action == "member.approved");

        Typed(Organizer, $"{TypedConfirmation.Prefix}:nothing:here");
        Assert.Equal(Texts.ButtonExpired.For(Lang.Vi).Value, LastTo(Organizer).Text.Value);
    }
}
