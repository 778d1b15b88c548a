using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Broadcasts;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Notices;

public sealed partial class AudienceTests
{
    [Fact]
    public void Choosing_units_first_shows_every_unit_unchecked_in_rows_of_two_and_done()
    {
        bot.Command(Boss, "/thongbao");
        bot.Text(Boss, Broadcasts.Text);
        bot.Replies(Boss);

        bot.Press(Boss, "bc:units");

        var question = Assert.Single(bot.Replies(Boss).OfType<TextOut>());
        Assert.Equal(Texts.ChooseUnits.Vi(), question.Text.Value);
        Assert.Equal(new Button("☐ Phường 1", "bc:u:P01"), question.Buttons[0][0]);
        Assert.Equal(new Button("☐ Phường 2", "bc:u:P02"), question.Buttons[0][1]);
        Assert.Equal(new Button("☐ Hội Liên hiệp Phụ nữ", "bc:u:HPN"), question.Buttons[7][1]);
        Assert.All(question.Buttons.SkipLast(1), row => Assert.Equal(2, row.Count));
        Assert.Equal([new Button("✔ Xong", "bc:udone")], question.Buttons[^1]);
        Assert.DoesNotContain(question.AllButtons(), b => b.Label.StartsWith('☑'));
    }

    [Fact]
    public void Pressing_a_unit_checks_it_and_shows_the_units_again()
    {
        ToUnits();

        bot.Press(Boss, "bc:u:P03");

        var question = Assert.Single(bot.Replies(Boss).OfType<TextOut>());
        var buttons = question.AllButtons();
        Assert.Contains(new Button("☑ Phường 3", "bc:u:P03"), buttons);
        Assert.Equal(["☑ Phường 3"], buttons.Where(b => b.Label.StartsWith('☑')).Select(b => b.Label));
        Assert.Equal("P03", bot.SessionOf(Boss)!.Get("chosenUnits"));
        Assert.Equal("Units", bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void Pressing_a_checked_unit_again_unchecks_it()
    {
        ToUnits();
        bot.Press(Boss, "bc:u:P03");
        bot.Press(Boss, "bc:u:BTT");
        bot.Replies(Boss);

        bot.Press(Boss, "bc:u:P03");

        var buttons = bot.LastWithButtons(Boss)!.AllButtons();
        Assert.Contains(new Button("☐ Phường 3", "bc:u:P03"), buttons);
        Assert.Contains(new Button("☑ Ban Thường trực", "bc:u:BTT"), buttons);
        Assert.Equal("BTT", bot.SessionOf(Boss)!.Get("chosenUnits"));
    }

    [Fact]
    public void Chosen_units_reach_the_approved_members_of_those_units_only()
    {
        var notice = Send(bot, Boss, audience: ["bc:units", "bc:u:P01", "bc:u:P03", "bc:udone"]);

        AssertReached(notice, Alice, Gus);
        Assert.Equal("Phường 1, Phường 3", notice.Audience);
    }

    [Fact]
    public void A_unit_checked_and_unchecked_again_is_not_reached()
    {
        var notice = Send(bot, Boss, audience: ["bc:units", "bc:u:P01", "bc:u:P02", "bc:u:P01", "bc:udone"]);

        AssertReached(notice, Bob);
    }

    [Fact]
    public void Done_with_no_unit_chosen_is_refused_and_the_units_question_stays()
    {
        ToUnits();

        bot.Press(Boss, "bc:udone");

        // The list comes again, so that on a channel of numbered choices its numbers hold again.
        Assert.Equal([Texts.NoRecipients.Vi(), Texts.ChooseUnits.Vi()], bot.TextsTo(Boss));
        Assert.Contains(bot.LastWithButtons(Boss)!.Buttons.SelectMany(r => r), b => b.Label == Texts.UnitsDone.Plain(Lang.Vi));
        Assert.Equal("Units", bot.SessionOf(Boss)!.State);
        Assert.Null(bot.SessionOf(Boss)!.Get("audience"));
    }

    [Fact]
    public void Done_after_checking_and_unchecking_the_only_unit_is_refused()
    {
        ToUnits();
        bot.Press(Boss, "bc:u:P01");
        bot.Press(Boss, "bc:u:P01");
        bot.Replies(Boss);

        bot.Press(Boss, "bc:udone");

        Assert.Equal([Texts.NoRecipients.Vi(), Texts.ChooseUnits.Vi()], bot.TextsTo(Boss));
        Assert.Equal("Units", bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void A_stale_choose_units_press_at_the_units_question_keeps_the_units_already_checked()
    {
        ToUnits();
        bot.Press(Boss, "bc:u:P01");
        bot.Press(Boss, "bc:u:P03");
        bot.Replies(Boss);

        // The audience question is still on screen above; pressing "Chọn đơn vị…" there again is refused...
        bot.PressData(Boss, "bc:units");
        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Boss));

        // ...so it must have changed nothing: Xong still takes the two units checked before.
        bot.Press(Boss, "bc:udone");
        Assert.Equal("units:P01,P03", bot.SessionOf(Boss)!.Get("audience"));
        Assert.Equal("Buttons", bot.SessionOf(Boss)!.State);
    }

    [Fact]
    public void A_unit_code_not_in_the_catalogue_is_no_longer_valid_and_checks_nothing()
    {
        ToUnits();

        bot.PressData(Boss, "bc:u:P99");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Boss));
        Assert.Null(bot.SessionOf(Boss)!.Get("chosenUnits"));
    }

    [Fact]
    public void Unit_codes_resolve_whatever_their_case()
    {
        var reached = Audience.Resolve(bot.Store, ConversationDriver.Units, "units:p01,btt");

        Assert.Equal([Alice, Erin], reached.OrderBy(k => k.ToString(), StringComparer.Ordinal));
    }
}
