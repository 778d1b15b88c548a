using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Members;

/// <summary>
/// On Zalo and the console an approval is a typed number confirmed once more. A card from before
/// the member changed their details is refused at the number, never asked to be confirmed with
/// details the card did not show.
/// </summary>
public sealed class StaleTypedApprovalTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Meetings.Driver();

    private void Typed(UserKey from, string data) => bot.Send(from, new ButtonIn(data, null, 1));

    private string OldCardAfterAnEdit(int button)
    {
        Registering.Complete(bot, Alice);
        var old = bot.LastWithButtons(Organizer)!.Buttons[0][button].Data;
        bot.Command(Alice, "/hoso");
        bot.Press(Alice, "prof:field:Position");
        bot.Text(Alice, "Bí thư chi bộ");
        bot.Replies(Organizer);
        return old;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_typed_press_on_a_card_from_before_the_members_edit_is_refused_without_a_confirmation(int button)
    {
        var old = OldCardAfterAnEdit(button);

        Typed(Organizer, old);

        var reply = Assert.Single(bot.Replies(Organizer).OfType<TextOut>());
        Assert.Equal(Texts.ButtonExpired.For(Lang.Vi).Value, reply.Text.Value);
        Assert.Empty(reply.Buttons);
        Assert.Equal(MemberStatus.Pending, bot.MemberOf(Alice)!.Status);
    }

    [Fact]
    public void A_typed_press_on_a_card_already_decided_says_so_without_a_confirmation()
    {
        Registering.Complete(bot, Alice);
        var card = bot.LastWithButtons(Organizer)!;
        bot.PressData(Organizer, card.Buttons[0][0].Data);
        bot.Replies(Organizer);

        Typed(Organizer, card.Buttons[0][1].Data);

        var reply = Assert.Single(bot.TextsTo(Organizer));
        Assert.Equal(Texts.AlreadyDecided.For(Lang.Vi, Registering.Name, MemberTexts.Status(Lang.Vi, MemberStatus.Approved)).Value, reply);
        Assert.Equal(MemberStatus.Approved, bot.MemberOf(Alice)!.Status);
    }

    [Fact]
    public void The_fresh_card_still_asks_for_the_confirmation()
    {
        OldCardAfterAnEdit(0);
        var fresh = bot.LastWithButtons(Organizer)!.Buttons[0][0].Data;

        Typed(Organizer, fresh);

        Assert.Equal(Texts.ConfirmApprove.For(Lang.Vi, Registering.Name, Registering.UnitName).Value, bot.Replies(Organizer).OfType<TextOut>().Last().Text.Value);
    }
}
