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
    [Fact]
    public void Unit_is_chosen_by_button_and_the_position_is_asked_next()
    {
        Registering.ToStep(bot, Alice, "Unit");
        bot.Replies(Alice);

        bot.Press(Alice, "Phường 7");

        var session = bot.SessionOf(Alice)!;
        Assert.Equal("P07", session.Get("unit"));
        Assert.Equal("Position", session.State);
        Assert.Equal([Texts.AskPosition.Vi()], bot.TextsTo(Alice));
    }

    [Fact]
    public void Position_leads_to_a_review_of_all_four_answers()
    {
        Registering.ToStep(bot, Alice, "Position");
        bot.Replies(Alice);

        bot.Text(Alice, "Tổ trưởng   tổ dân phố");

        Assert.Equal("Review", bot.SessionOf(Alice)!.State);
        var review = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice)));
        Assert.Equal(
            Texts.Review.Vi(Registering.Name, "0901 234 567", Registering.UnitName, "Tổ trưởng tổ dân phố"),
            review.Text.Value);
        Assert.Equal(["reg:confirm", "reg:edit", "reg:cancel"], review.AllButtons().Select(b => b.Data));
        Assert.Equal(["Xác nhận", "Sửa", "Hủy"], review.AllButtons().Select(b => b.Label));
    }

    [Theory]
    [InlineData(" x ")]
    [InlineData("")]
    public void Too_short_position_is_answered_with_the_reason_and_the_step_is_unchanged(string position)
    {
        Registering.ToStep(bot, Alice, "Position");
        bot.Replies(Alice);

        bot.Text(Alice, position);

        Assert.Equal(Texts.PositionInvalid.Vi(), bot.TextsTo(Alice)[0]);
        Assert.Equal("Position", bot.SessionOf(Alice)!.State);
    }

    [Fact]
    public void Position_of_one_hundred_characters_is_kept_and_one_more_is_refused()
    {
        Registering.ToStep(bot, Alice, "Position");
        bot.Text(Alice, new string('x', 101));
        Assert.Equal("Position", bot.SessionOf(Alice)!.State);

        bot.Text(Alice, new string('x', 100));

        Assert.Equal("Review", bot.SessionOf(Alice)!.State);
        Assert.Equal(new string('x', 100), bot.SessionOf(Alice)!.Get("position"));
    }

    [Fact]
    public void Values_typed_by_a_person_are_shown_as_text_not_as_formatting()
    {
        Registering.ToStep(bot, Alice, "Position");
        bot.Replies(Alice);

        bot.Text(Alice, "<b>Tổ trưởng</b> & phó");

        var review = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice)));
        Assert.Contains("&lt;b&gt;Tổ trưởng&lt;/b&gt; &amp; phó", review.Text.Value, StringComparison.Ordinal);
        Assert.EndsWith("Chức vụ: <b>Tổ trưởng</b> & phó", review.Text.ToPlain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_the_phone_from_the_review_goes_back_to_the_review_not_on_to_the_unit()
    {
        Registering.ToStep(bot, Alice, "Review");
        bot.Press(Alice, "Sửa");
        Assert.Equal("ChooseField", bot.SessionOf(Alice)!.State);
        Assert.Equal([Texts.WhichField.Vi()], bot.TextsTo(Alice).TakeLast(1));
        bot.Press(Alice, "Số điện thoại");
        Assert.Equal("Phone", bot.SessionOf(Alice)!.State);
        Assert.Equal([Texts.AskPhone.Vi()], bot.TextsTo(Alice));

        bot.Text(Alice, "0912 345 678");

        var session = bot.SessionOf(Alice)!;
        Assert.Equal("Review", session.State);
        Assert.Equal("+84912345678", session.Get("phone"));
        Assert.Null(session.Get(RegistrationMachine.EditingKey));
        Assert.Equal(
            ["✓ 0912 345 678", Texts.Review.Vi(Registering.Name, "0912 345 678", Registering.UnitName, Registering.Position)],
            bot.TextsTo(Alice));
    }

    [Fact]
    public void Editing_the_name_from_the_review_goes_back_to_the_review_not_on_to_the_phone()
    {
        Registering.ToStep(bot, Alice, "Review");
        bot.Press(Alice, "Sửa");
        bot.Press(Alice, "Họ tên");
        Assert.Equal("Name", bot.SessionOf(Alice)!.State);
        bot.Replies(Alice);

        bot.Text(Alice, "Trần Văn Bình");

        Assert.Equal("Review", bot.SessionOf(Alice)!.State);
        Assert.Equal(
            [Texts.Review.Vi("Trần Văn Bình", "0901 234 567", Registering.UnitName, Registering.Position)],
            bot.TextsTo(Alice));
    }

    [Fact]
    public void Editing_the_unit_from_the_review_goes_back_to_the_review_not_on_to_the_position()
    {
        Registering.ToStep(bot, Alice, "Review");
        bot.Press(Alice, "Sửa");
        bot.Press(Alice, "Đơn vị");
        Assert.Equal("Unit", bot.SessionOf(Alice)!.State);
        bot.Replies(Alice);

        bot.Press(Alice, "Ban Thường trực");

        Assert.Equal("Review", bot.SessionOf(Alice)!.State);
        Assert.Equal(
            [Texts.Review.Vi(Registering.Name, "0901 234 567", "Ban Thường trực", Registering.Position)],
            bot.TextsTo(Alice));
    }

    [Fact]
    public void After_an_edit_the_next_edit_starts_from_a_clean_review()
    {
        Registering.ToStep(bot, Alice, "Review");
        bot.Press(Alice, "Sửa");
        bot.Press(Alice, "Họ tên");
        bot.Text(Alice, "Trần Văn Bình");
        bot.Press(Alice, "Xác nhận");

        var member = bot.MemberOf(Alice)!;
        Assert.Equal("Trần Văn Bình", member.FullName);
        Assert.Equal(MemberStatus.Pending, member.Status);
    }
}
