using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Members.Registration;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Conversations;

/// <summary>
/// On the console shape (numbered choices), a word that answers nothing at a step with buttons
/// comes back with those buttons, so "1" typed next presses what it did before the slip.
/// </summary>
public sealed class ChoiceSlipTests
{
    private readonly ConversationDriver bot = Driver();

    public ChoiceSlipTests()
    {
        Put(bot);
        bot.Screens.Add(Alice);
    }

    /// <summary>Types a word that is no choice, checks the last reply shows the same choices again, and returns the choice now numbered 1.</summary>
    public static string SlipKeepsTheChoices(ConversationDriver bot, UserKey user, string word = "abc")
    {
        var before = bot.LastWithButtons(user)!.AllButtons().Select(b => b.Data).ToList();
        bot.Replies(user);

        bot.Text(user, word);

        var last = bot.Replies(user).OfType<TextOut>().Last();
        Assert.Equal(before, last.AllButtons().Select(b => b.Data).ToList());
        return bot.Store.Find<ShownChoices>(user.ToString())!.Pick(1)!.Value.Choice.ButtonData!;
    }

    [Fact]
    public void An_invalid_delegate_phone_keeps_skip_and_one_then_skips()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.PressData(Alice, $"rsvp:sub:{Id}");
        bot.Text(Alice, "Trần Văn Bình");
        bot.Text(Alice, "Phó Chủ tịch");

        Assert.Equal($"rsvp:skip:{Id}", SlipKeepsTheChoices(bot, Alice, "không có"));
        Assert.Equal(Texts.PhoneInvalid.Vi(), bot.AllSentTo(Alice).OfType<TextOut>().Last().Text.Value);
        bot.Text(Alice, "1");

        var rsvp = RsvpOf(bot, Alice)!;
        Assert.Equal((RsvpAnswer.Delegated, null), (rsvp.Answer, rsvp.Delegate!.Phone));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_reason_too_long_keeps_skip_and_one_then_declines_without_a_reason()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.PressData(Alice, $"rsvp:no:{Id}");

        Assert.Equal($"rsvp:skip:{Id}", SlipKeepsTheChoices(bot, Alice, new string('a', RsvpFlow.MaxReasonLength + 1)));
        Assert.Equal(Texts.ReasonTooLong.Vi(), bot.AllSentTo(Alice).OfType<TextOut>().Last().Text.Value);
        bot.Text(Alice, "1");

        Assert.Equal((RsvpAnswer.Declined, null), (RsvpOf(bot, Alice)!.Answer, RsvpOf(bot, Alice)!.Reason));
    }

    [Fact]
    public void A_sticker_at_the_reason_step_asks_for_words_with_skip()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.PressData(Alice, $"rsvp:no:{Id}");
        bot.Replies(Alice);

        bot.Sticker(Alice);

        var refusal = Assert.Single(bot.Replies(Alice).OfType<TextOut>());
        Assert.Equal(Texts.TextExpected.Vi(), refusal.Text.Value);
        Assert.Equal([$"rsvp:skip:{Id}"], refusal.AllButtons().Select(b => b.Data));
        Assert.Equal("Reason", bot.SessionOf(Alice)!.State);
    }

    [Fact]
    public void Names_that_are_no_names_keep_skip_and_one_then_saves_the_count_alone()
    {
        AddMember(bot, Alice, "Lê Thị Điều Phối", "P05", "+84901000001");
        bot.Store.Put(new RoleGrant(Alice.ToString(), Role.Coordinator, ConversationDriver.Organizer.ToString(), bot.Now));
        bot.PressData(Alice, $"dlg:start:{Id}");
        bot.Text(Alice, "3");

        Assert.Equal($"dlg:skip:{Id}", SlipKeepsTheChoices(bot, Alice, "An123"));
        bot.Text(Alice, "1");

        var delegation = bot.Store.Find<UnitDelegation>(UnitDelegation.IdFor(Id, "P05"))!;
        Assert.Equal(3, delegation.Count);
        Assert.Empty(delegation.Names);
    }

    [Fact]
    public void A_word_at_the_profile_unit_list_asks_again_with_the_list_and_one_picks_its_first_unit()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.Command(Alice, "/hoso");
        bot.PressData(Alice, new ProfileButton.Field(RegistrationField.Unit).Encode());

        var first = SlipKeepsTheChoices(bot, Alice);
        var sent = bot.AllSentTo(Alice).OfType<TextOut>().TakeLast(2).Select(t => t.Text.Value).ToList();
        Assert.Equal([Texts.UseButtons.Vi(), Texts.AskUnit.Vi()], sent);
        bot.Text(Alice, "1");

        Assert.Equal(first, new ProfileButton.OfUnit(bot.MemberOf(Alice)!.UnitCode).Encode());
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_word_at_the_registration_unit_list_asks_again_with_the_list_and_one_picks_its_first_unit()
    {
        Registering.ToStep(bot, Alice, "Unit");

        var first = SlipKeepsTheChoices(bot, Alice);
        Assert.Equal(Texts.UseButtons.Vi(), bot.AllSentTo(Alice).OfType<TextOut>().SkipLast(1).Last().Text.Value);
        bot.Text(Alice, "1");

        Assert.Equal(RegistrationMachine.State.Position, bot.SessionOf(Alice)!.Step<RegistrationMachine.State>());
        Assert.Equal(first, RegistrationButtonOf(bot.SessionOf(Alice)!.Get("unit")!));
    }

    private static string RegistrationButtonOf(string unitCode) => new RegistrationButton.OfUnit(unitCode).Encode();
}
