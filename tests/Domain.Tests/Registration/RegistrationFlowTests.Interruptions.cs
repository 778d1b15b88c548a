using Domain.Conversations;
using Domain.Members;
using Domain.Members.Registration;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Registration;

public sealed partial class RegistrationFlowTests
{
    [Theory]
    [InlineData("Consent")]
    [InlineData("Unit")]
    [InlineData("Review")]
    public void Text_where_a_button_is_expected_asks_to_use_the_buttons_and_repeats_the_question(string step)
    {
        Registering.ToStep(bot, Alice, step);
        var before = bot.SessionOf(Alice)!;
        var question = QuestionAsked(step);

        bot.Text(Alice, "đồng ý");

        var replies = bot.Replies(Alice).Cast<TextOut>().ToList();
        Assert.Equal([Texts.UseButtons.Vi(), question.Text.Value], replies.Select(r => r.Text.Value));
        Say.SameQuestion(question, replies[1]);
        var after = bot.SessionOf(Alice)!;
        Assert.Equal(step, after.State);
        Assert.Equal(before.Draft, after.Draft);
    }

    [Theory]
    [InlineData("Name")]
    [InlineData("Phone")]
    [InlineData("Position")]
    public void Sticker_where_text_is_expected_is_answered_politely_and_the_step_is_unchanged(string step)
    {
        Registering.ToStep(bot, Alice, step);
        var before = bot.SessionOf(Alice)!;
        bot.Replies(Alice);

        bot.Sticker(Alice);

        Assert.Equal(Texts.TextExpected.Vi(), bot.TextsTo(Alice)[0]);
        var after = bot.SessionOf(Alice)!;
        Assert.Equal(step, after.State);
        Assert.Equal(before.Draft, after.Draft);
    }

    [Theory]
    [InlineData("Phone", "reg:agree")]
    [InlineData("Name", "reg:unit:P01")]
    [InlineData("Unit", "reg:confirm")]
    [InlineData("Review", "reg:field:Name")]
    [InlineData("Review", "reg:agree")]
    [InlineData("Consent", "reg:edit")]
    [InlineData("Unit", "reg:unit:NOPE")]
    public void Stale_button_of_another_step_is_no_longer_valid_and_changes_nothing(string step, string data)
    {
        Registering.ToStep(bot, Alice, step);
        bot.Now = bot.Now.AddHours(1);
        var before = bot.SessionOf(Alice)!;
        bot.Replies(Alice);

        bot.PressData(Alice, data);

        var replies = bot.Replies(Alice);
        Assert.Equal(new ButtonAck("cb", Texts.ButtonExpired.Plain(Lang.Vi)), replies[0]);
        Assert.Equal([Texts.ButtonExpired.Vi()], replies.Texts());
        var after = bot.SessionOf(Alice)!;
        Assert.Equal((before.Flow, before.State), (after.Flow, after.State));
        Assert.Equal(before.Draft, after.Draft);
        Assert.Null(bot.MemberOf(Alice));
    }

    [Theory]
    [MemberData(nameof(CancelAtEveryStep))]
    public void Cancel_word_or_command_at_any_step_leaves_the_flow_and_saves_nothing(string step, string cancel)
    {
        Registering.ToStep(bot, Alice, step);
        bot.Replies(Alice);

        if (cancel.StartsWith('/'))
        {
            bot.Command(Alice, cancel);
        }
        else
        {
            bot.Text(Alice, cancel);
        }

        var reply = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice)));
        Assert.Equal(Texts.Cancelled.Vi(), reply.Text.Value);
        Assert.True(reply.RemoveKeyboard);
        var session = bot.SessionOf(Alice)!;
        Assert.Null(session.Flow);
        Assert.Null(session.State);
        Assert.Empty(session.Draft);
        Assert.Null(bot.MemberOf(Alice));
        Assert.Empty(bot.Audit);
    }

    [Fact]
    public void Cancel_button_of_the_review_leaves_the_flow_and_saves_nothing()
    {
        Registering.ToStep(bot, Alice, "Review");
        bot.Replies(Alice);

        bot.Press(Alice, "Hủy");

        Assert.Equal([Texts.Cancelled.Vi()], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
        Assert.Empty(bot.SessionOf(Alice)!.Draft);
        Assert.Null(bot.MemberOf(Alice));
    }

    [Theory]
    [InlineData("Consent")]
    [InlineData("Name")]
    [InlineData("Phone")]
    [InlineData("Unit")]
    [InlineData("Position")]
    [InlineData("Review")]
    public void Start_in_the_middle_repeats_the_current_question_and_changes_nothing(string step)
    {
        Registering.ToStep(bot, Alice, step);
        var before = bot.SessionOf(Alice)!;
        var question = QuestionAsked(step);

        bot.Command(Alice, "/start P09");

        var again = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice)));
        Say.SameQuestion(question, again);
        var after = bot.SessionOf(Alice)!;
        Assert.Equal((before.Flow, before.State), (after.Flow, after.State));
        Assert.Equal(before.Draft, after.Draft);
    }
}
