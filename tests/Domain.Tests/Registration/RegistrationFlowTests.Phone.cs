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
    [InlineData("0901 234 567")]
    [InlineData("+84901234567")]
    [InlineData("090.123.4567")]
    public void Typed_phone_is_normalized_confirmed_and_the_unit_is_asked_next(string typed)
    {
        Registering.ToStep(bot, Alice, "Phone");
        bot.Replies(Alice);

        bot.Text(Alice, typed);

        var session = bot.SessionOf(Alice)!;
        Assert.Equal("+84901234567", session.Get("phone"));
        Assert.Equal("Unit", session.State);
        var replies = bot.Replies(Alice).Cast<TextOut>().ToList();
        Assert.Equal(2, replies.Count);
        Assert.Equal("✓ 0901 234 567", replies[0].Text.Value);
        Assert.True(replies[0].RemoveKeyboard);
        Assert.Equal(Texts.AskUnit.Vi(), replies[1].Text.Value);
        Assert.Equal(["Phường 1", "Phường 2", "Phường 3"], replies[1].Buttons[0].Select(b => b.Label));
        Assert.Contains(new Button("Phường 5", "reg:unit:P05"), replies[1].AllButtons());
        Assert.Contains(new Button("Ban Thường trực", "reg:unit:BTT"), replies[1].AllButtons());
    }

    [Theory]
    [InlineData("02838123456")]
    [InlineData("12345")]
    [InlineData("không có")]
    public void Invalid_phone_is_answered_with_the_reason_and_the_step_is_unchanged(string typed)
    {
        Registering.ToStep(bot, Alice, "Phone");
        var before = bot.SessionOf(Alice)!;
        bot.Replies(Alice);

        bot.Text(Alice, typed);

        Assert.Equal(Texts.PhoneInvalid.Vi(), bot.TextsTo(Alice)[0]);
        var after = bot.SessionOf(Alice)!;
        Assert.Equal("Phone", after.State);
        Assert.Equal(before.Draft, after.Draft);
    }

    [Fact]
    public void Shared_contact_that_is_the_senders_own_is_accepted()
    {
        Registering.ToStep(bot, Alice, "Phone");

        bot.Contact(Alice, "84901234567", Alice.Id);

        var session = bot.SessionOf(Alice)!;
        Assert.Equal("+84901234567", session.Get("phone"));
        Assert.Equal("Unit", session.State);
    }

    [Theory]
    [InlineData("555")]
    [InlineData(null)]
    public void Shared_contact_of_someone_else_or_of_nobody_known_is_refused(string? ownerId)
    {
        Registering.ToStep(bot, Alice, "Phone");
        var before = bot.SessionOf(Alice)!;
        bot.Replies(Alice);

        bot.Contact(Alice, "+84901234567", ownerId);

        Assert.Equal(Texts.ContactNotOwn.Vi(), bot.TextsTo(Alice)[0]);
        var after = bot.SessionOf(Alice)!;
        Assert.Equal("Phone", after.State);
        Assert.Equal(before.Draft, after.Draft);
    }
}
