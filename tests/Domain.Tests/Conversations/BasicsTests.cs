using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Conversations;

/// <summary>/lang, /help and what the router answers when nothing else does.</summary>
public sealed class BasicsTests
{
    private readonly ConversationDriver bot = new();

    [Fact]
    public void Lang_offers_both_languages_as_buttons()
    {
        bot.Command(Alice, "/lang");

        var ask = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice)));
        Assert.Equal(Texts.ChooseLanguage.Vi(), ask.Text.Value);
        Assert.Equal([new Button("Tiếng Việt", "lang:vi"), new Button("English", "lang:en")], ask.AllButtons());
    }

    [Fact]
    public void Language_button_sets_the_language_and_pressing_it_twice_gives_the_same_result()
    {
        bot.Command(Alice, "/lang");
        bot.Replies(Alice);

        bot.Press(Alice, "English");
        var first = bot.Replies(Alice);
        var afterFirst = bot.SessionOf(Alice);
        bot.Press(Alice, "English");
        var second = bot.Replies(Alice);

        Assert.Equal([Texts.LanguageSet.En()], first.Texts());
        Assert.Equal(first.Texts(), second.Texts());
        Assert.Equal(first.OfType<ButtonAck>(), second.OfType<ButtonAck>());
        Assert.Equal(Lang.En, bot.SessionOf(Alice)!.Lang);
        Assert.Equal(afterFirst, bot.SessionOf(Alice));
    }

    [Fact]
    public void After_choosing_English_the_bot_speaks_English()
    {
        bot.Command(Alice, "/lang");
        bot.Press(Alice, "English");
        bot.Replies(Alice);

        bot.Command(Alice, "/start");
        bot.Press(Alice, "I agree");
        bot.Text(Alice, "Hoa 2");

        Assert.Equal(
            [Profile.Greeting(Lang.En), Texts.AskName.En(), Texts.NameBadCharacters.En()],
            bot.TextsTo(Alice));
    }

    [Fact]
    public void Choosing_a_language_in_the_middle_of_registration_keeps_the_step_and_answers()
    {
        Registering.ToStep(bot, Alice, "Phone");
        var before = bot.SessionOf(Alice)!;

        bot.Command(Alice, "/lang en");

        var after = bot.SessionOf(Alice)!;
        Assert.Equal(Lang.En, after.Lang);
        Assert.Equal((before.Flow, before.State), (after.Flow, after.State));
        Assert.Equal(before.Draft, after.Draft);
    }

    [Fact]
    public void Help_lists_the_member_commands_but_not_the_organizer_commands_to_a_member()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);

        bot.Command(Alice, "/help");

        var help = Assert.Single(bot.TextsTo(Alice));
        Assert.StartsWith(Texts.HelpHeader.Vi(), help, StringComparison.Ordinal);
        Assert.Contains("/hoso – ", help, StringComparison.Ordinal);
        Assert.Contains("/xoadulieu – ", help, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts.HelpOrganizerHeader.Vi(), help, StringComparison.Ordinal);
        Assert.DoesNotContain("/choduyet", help, StringComparison.Ordinal);
        Assert.DoesNotContain("/thanhvien", help, StringComparison.Ordinal);
        Assert.EndsWith(Texts.HelpFooter.Vi(), help, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_organizer_commands_to_an_organizer()
    {
        bot.Command(ConversationDriver.Organizer, "/help");

        var help = Assert.Single(bot.TextsTo(ConversationDriver.Organizer));
        Assert.Contains(Texts.HelpOrganizerHeader.Vi(), help, StringComparison.Ordinal);
        Assert.Contains("/choduyet – ", help, StringComparison.Ordinal);
        Assert.Contains("/thanhvien – ", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_organizer_commands_to_an_organizer_granted_by_chat()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.PressData(ConversationDriver.Organizer, "mem:role:o:tg:101");
        bot.Replies(Alice);

        bot.Command(Alice, "/help");

        Assert.Contains("/choduyet – ", Assert.Single(bot.TextsTo(Alice)), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_in_the_readers_language()
    {
        bot.Command(Alice, "/lang en");
        bot.Replies(Alice);

        bot.Command(Alice, "/help");

        var help = Assert.Single(bot.TextsTo(Alice));
        Assert.StartsWith(Texts.HelpHeader.En(), help, StringComparison.Ordinal);
        Assert.Contains("/hoso – See and change your profile", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_is_answered_as_unknown()
    {
        bot.Command(Alice, "/nope");

        Assert.Equal([Texts.UnknownCommand.Vi()], bot.TextsTo(Alice));
    }

    [Fact]
    public void Text_outside_any_flow_points_a_stranger_to_registration_even_a_cancel_word()
    {
        bot.Text(Alice, "xin chào");
        bot.Text(Alice, "Hủy");

        Assert.Equal([Texts.NotRegistered.Vi(), Texts.NotRegistered.Vi()], bot.TextsTo(Alice));
    }

    [Fact]
    public void Sticker_outside_any_flow_is_answered_with_what_the_bot_reads()
    {
        bot.Sticker(Alice);

        Assert.Equal([Texts.OnlyText.Vi()], bot.TextsTo(Alice));
    }

    [Fact]
    public void Cancel_command_outside_any_flow_says_there_is_nothing_to_cancel()
    {
        bot.Command(Alice, "/huy");

        var reply = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice)));
        Assert.Equal(Texts.NothingToCancel.Vi(), reply.Text.Value);
        Assert.False(reply.RemoveKeyboard);
    }

    [Theory]
    [InlineData("zzz:1")]
    [InlineData("reg:agree")]
    [InlineData("")]
    public void Button_nobody_handles_is_no_longer_valid_and_answered_once(string data)
    {
        bot.PressData(Alice, data);

        var replies = bot.Replies(Alice);
        Assert.Equal([new ButtonAck("cb", Texts.ButtonExpired.Plain(Lang.Vi))], replies.OfType<ButtonAck>());
        Assert.Equal([Texts.ButtonExpired.Vi()], replies.Texts());
    }

    [Fact]
    public void Every_button_press_is_answered_exactly_once()
    {
        Registering.Complete(bot, Alice);
        bot.Press(ConversationDriver.Organizer, "Duyệt");

        foreach (var (input, changes) in bot.Turns.Where(t => t.Input.Event is ButtonIn))
        {
            Assert.Single(changes.Deliveries, d => d.To == input.From && d.Message is ButtonAck);
        }
    }
}
