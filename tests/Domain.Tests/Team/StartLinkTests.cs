using Domain.Conversations;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Team;

/// <summary>The registration QR code's link opens /start with the unit's code: the unit is chosen, or a wrong code is said once.</summary>
public sealed class StartLinkTests
{
    private readonly ConversationDriver bot = new();

    [Theory]
    [InlineData("P05")]
    [InlineData("p05")]
    public void A_units_code_chooses_the_unit_and_registration_skips_that_question(string code)
    {
        bot.Command(Alice, $"/start {code}");
        Assert.Equal([Profile.Greeting(Lang.Vi)], bot.TextsTo(Alice));

        bot.Press(Alice, "reg:agree");
        bot.Text(Alice, Registering.Name);
        bot.Text(Alice, Registering.Phone);

        Assert.Equal(Texts.AskPosition.Vi(), bot.TextsTo(Alice)[^1]);
        bot.Text(Alice, Registering.Position);
        bot.Press(Alice, "reg:confirm");
        Assert.Equal("P05", bot.MemberOf(Alice)!.UnitCode);
    }

    [Theory]
    [InlineData("P99", "P99")]
    [InlineData("<b>P05</b>", "<b>P05</b>")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ABCDEFGHIJKLMNOPQRST…")]
    public void A_code_that_is_no_units_is_said_once_and_the_normal_start_follows(string code, string shown)
    {
        bot.Command(Alice, $"/start {code}");

        Assert.Equal([Texts.StartUnknownUnit.Vi(shown), Profile.Greeting(Lang.Vi)], bot.TextsTo(Alice));
        Assert.Equal(("reg", "Consent"), (bot.SessionOf(Alice)!.Flow, bot.SessionOf(Alice)!.State));
        Assert.Null(bot.SessionOf(Alice)!.Get("unit"));

        bot.Press(Alice, "reg:agree");
        bot.Text(Alice, Registering.Name);
        bot.Text(Alice, Registering.Phone);

        // The unit is asked as for anyone who came without a link.
        Assert.Equal(Texts.AskUnit.Vi(), bot.Replies(Alice).OfType<TextOut>().Last().Text.Value);
    }

    [Fact]
    public void Start_without_a_code_says_nothing_about_codes()
    {
        bot.Command(Alice, "/start");

        Assert.Equal([Profile.Greeting(Lang.Vi)], bot.TextsTo(Alice));
    }
}
