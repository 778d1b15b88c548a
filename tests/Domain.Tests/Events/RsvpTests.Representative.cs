using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

public sealed partial class RsvpTests
{
    [Fact]
    public void Sending_someone_asks_their_name_then_position_then_phone()
    {
        bot.PressData(Alice, Sub);
        Assert.Equal([Texts.AskDelegateName.Vi()], bot.TextsTo(Alice));
        Assert.Equal("DelegateName", bot.SessionOf(Alice)!.State);

        bot.Text(Alice, "Trần Văn Bình");
        Assert.Equal([Texts.AskDelegatePosition.Vi()], bot.TextsTo(Alice));
        Assert.Equal("DelegatePosition", bot.SessionOf(Alice)!.State);

        bot.Text(Alice, "Phó Chủ tịch");
        var phoneQuestion = Assert.Single(bot.Replies(Alice).OfType<TextOut>());
        Assert.Equal(Texts.AskDelegatePhone.Vi(), phoneQuestion.Text.Value);
        Assert.Equal([new Button("Bỏ qua", SkipData)], phoneQuestion.AllButtons());
        Assert.Equal("DelegatePhone", bot.SessionOf(Alice)!.State);
        Assert.Null(RsvpOf(bot, Alice));

        bot.Text(Alice, "0912 345 678");

        var rsvp = RsvpOf(bot, Alice)!;
        Assert.Equal(RsvpAnswer.Delegated, rsvp.Answer);
        Assert.Equal(new Representative("Trần Văn Bình", "Phó Chủ tịch", "+84912345678"), rsvp.Delegate);
        Assert.Equal(new RsvpChange(bot.Now, Alice.ToString(), RsvpAnswer.Delegated, null, rsvp.Delegate), Assert.Single(rsvp.History));
        Assert.Equal([Texts.RsvpDelegated.Vi(Title, "Trần Văn Bình")], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Theory]
    [InlineData("Trần Văn 3")]
    [InlineData("Bình123")]
    [InlineData("<b>Bình</b>")]
    public void A_representative_name_with_digits_or_symbols_is_refused_with_the_reason_and_the_question_stays(string name)
    {
        bot.PressData(Alice, Sub);
        var before = bot.SessionOf(Alice)!;
        bot.Replies(Alice);

        bot.Text(Alice, name);

        Assert.Equal([Texts.NameBadCharacters.Vi()], bot.TextsTo(Alice));
        var after = bot.SessionOf(Alice)!;
        Assert.Equal((RsvpFlow.FlowName, "DelegateName"), (after.Flow, after.State));
        Assert.Equal(before.Draft, after.Draft);
        Assert.Null(RsvpOf(bot, Alice));
    }

    [Theory]
    [InlineData("B", "NameTooShort")]
    [InlineData("B 1", "NameBadCharacters")]
    [InlineData("'-", "NameTooShort")]
    public void A_representative_name_is_checked_by_the_registration_name_rule(string name, string message)
    {
        bot.PressData(Alice, Sub);
        bot.Replies(Alice);

        bot.Text(Alice, name);

        var expected = message == "NameTooShort" ? Texts.NameTooShort : Texts.NameBadCharacters;
        Assert.Equal([expected.Vi()], bot.TextsTo(Alice));
        Assert.Equal("DelegateName", bot.SessionOf(Alice)!.State);
    }

    [Fact]
    public void A_representative_name_over_100_characters_is_refused_as_too_long()
    {
        bot.PressData(Alice, Sub);
        bot.Replies(Alice);

        bot.Text(Alice, new string('a', NameRule.MaxLength + 1));

        Assert.Equal([Texts.NameTooLong.Vi()], bot.TextsTo(Alice));
        Assert.Equal("DelegateName", bot.SessionOf(Alice)!.State);
    }

    [Fact]
    public void A_representative_position_of_one_character_is_refused()
    {
        bot.PressData(Alice, Sub);
        bot.Text(Alice, "Trần Văn Bình");
        bot.Replies(Alice);

        bot.Text(Alice, "X");

        Assert.Equal([Texts.PositionInvalid.Vi()], bot.TextsTo(Alice));
        Assert.Equal("DelegatePosition", bot.SessionOf(Alice)!.State);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0123456789")]
    [InlineData("không có")]
    public void An_invalid_representative_phone_is_refused_and_the_question_stays(string phone)
    {
        ToPhoneStep();

        bot.Text(Alice, phone);

        Assert.Equal([Texts.PhoneInvalid.Vi()], bot.TextsTo(Alice));
        Assert.Equal((RsvpFlow.FlowName, "DelegatePhone"), (bot.SessionOf(Alice)!.Flow, bot.SessionOf(Alice)!.State));
        Assert.Null(RsvpOf(bot, Alice));
    }

    [Fact]
    public void The_representative_phone_may_be_skipped()
    {
        ToPhoneStep();

        bot.Press(Alice, "Bỏ qua");

        var rsvp = RsvpOf(bot, Alice)!;
        Assert.Equal(RsvpAnswer.Delegated, rsvp.Answer);
        Assert.Equal(new Representative("Trần Văn Bình", "Phó Chủ tịch", null), rsvp.Delegate);
        Assert.Contains(Texts.RsvpDelegated.Vi(Title, "Trần Văn Bình"), bot.TextsTo(Alice));
    }

    [Fact]
    public void Skipping_the_representative_phone_ends_the_answer()
    {
        ToPhoneStep();

        bot.Press(Alice, "Bỏ qua");

        var session = bot.SessionOf(Alice)!;
        Assert.Equal((null, null), (session.Flow, session.State));
        Assert.Empty(session.Draft);
    }

    [Fact]
    public void Cancel_while_sending_someone_leaves_the_answer_and_stores_nothing()
    {
        ToPhoneStep();

        bot.Text(Alice, "Hủy");

        Assert.Equal([Texts.Cancelled.Vi()], bot.TextsTo(Alice));
        var session = bot.SessionOf(Alice)!;
        Assert.Equal((null, null), (session.Flow, session.State));
        Assert.Empty(session.Draft);
        Assert.Empty(bot.Store.All<Rsvp>());
    }

    [Fact]
    public void A_new_answer_button_starts_over_and_drops_the_half_given_one()
    {
        bot.PressData(Alice, Sub);
        bot.Text(Alice, "Trần Văn Bình");
        bot.Replies(Alice);

        bot.PressData(Alice, Yes);

        Assert.Equal([Texts.RsvpAttending.Vi(Title)], bot.TextsTo(Alice));
        var rsvp = RsvpOf(bot, Alice)!;
        Assert.Equal(RsvpAnswer.Attending, rsvp.Answer);
        Assert.Null(rsvp.Delegate);
        Assert.Empty(bot.SessionOf(Alice)!.Draft);
    }
}
