using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Members;

/// <summary>/hoso: a member sees what the bot keeps and changes one item, checked as at registration.</summary>
public sealed class ProfileTests
{
    private readonly ConversationDriver bot = new();

    private readonly Member alice;

    public ProfileTests()
    {
        alice = Registering.Seed(bot, Alice, MemberStatus.Approved);
    }

    private static string Profile(string name = Registering.Name, string phone = "0901 234 567", string unit = Registering.UnitName) =>
        Texts.Profile.Vi(name, phone, unit, Registering.Position, "đã duyệt", "Thành viên");

    [Fact]
    public void Profile_shows_every_item_with_a_button_to_change_each()
    {
        bot.Command(Alice, "/hoso");

        var profile = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice)));
        Assert.Equal(Profile(), profile.Text.Value);
        Assert.Equal(
            ["prof:field:Name", "prof:field:Phone", "prof:field:Unit", "prof:field:Position"],
            profile.AllButtons().Select(b => b.Data));
    }

    [Fact]
    public void Profile_of_someone_not_registered_says_so()
    {
        bot.Command(Bob, "/hoso");

        Assert.Equal([Texts.NotRegistered.Vi()], bot.TextsTo(Bob));
    }

    [Fact]
    public void Editing_the_phone_checks_it_like_registration_and_saves_it()
    {
        bot.Command(Alice, "/hoso");
        bot.Replies(Alice);
        bot.Press(Alice, "Số điện thoại");
        Assert.Equal([Texts.AskPhone.Vi()], bot.TextsTo(Alice));

        bot.Text(Alice, "028 3812 3456");
        Assert.Equal([Texts.PhoneInvalid.Vi()], bot.TextsTo(Alice));
        Assert.Equal(alice, bot.MemberOf(Alice));
        Assert.Equal(("prof", "Phone"), (bot.SessionOf(Alice)!.Flow, bot.SessionOf(Alice)!.State));

        bot.Text(Alice, "091.234.5678");

        Assert.Equal(alice with { Phone = "+84912345678" }, bot.MemberOf(Alice));
        var replies = bot.Replies(Alice).Cast<TextOut>().ToList();
        Assert.Equal([Texts.ProfileSaved.Vi(), Profile(phone: "0912 345 678")], replies.Select(r => r.Text.Value));
        Assert.True(replies[0].RemoveKeyboard);
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void Editing_the_phone_refuses_someone_elses_contact()
    {
        bot.Command(Alice, "/hoso");
        bot.Press(Alice, "Số điện thoại");
        bot.Replies(Alice);

        bot.Contact(Alice, "+84912345678", Bob.Id);

        Assert.Equal([Texts.ContactNotOwn.Vi()], bot.TextsTo(Alice));
        Assert.Equal(alice, bot.MemberOf(Alice));
    }

    [Fact]
    public void Editing_the_name_checks_it_like_registration_and_saves_it_in_NFC()
    {
        bot.Command(Alice, "/hoso");
        bot.Press(Alice, "Họ tên");
        bot.Text(Alice, "Hoa 2");
        Assert.Equal(alice, bot.MemberOf(Alice));
        bot.Replies(Alice);

        bot.Text(Alice, "Tra\u0302\u0300n  Thi\u0323 Hoa");

        Assert.Equal("Trần Thị Hoa", bot.MemberOf(Alice)!.FullName);
    }

    [Fact]
    public void Editing_the_unit_is_done_with_the_unit_buttons()
    {
        bot.Command(Alice, "/hoso");
        bot.Press(Alice, "Đơn vị");
        Assert.Contains(new Button("Phường 7", "prof:unit:P07"), bot.LastWithButtons(Alice)!.AllButtons());
        bot.Text(Alice, "Phường 7");
        Assert.Equal("P05", bot.MemberOf(Alice)!.UnitCode);

        bot.Press(Alice, "Phường 7");

        Assert.Equal("P07", bot.MemberOf(Alice)!.UnitCode);
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Phone")]
    public void A_stale_unit_button_is_refused_when_the_unit_is_not_being_edited(string? editing)
    {
        bot.Command(Alice, "/hoso");
        if (editing is not null)
        {
            bot.PressData(Alice, $"prof:field:{editing}");
        }

        bot.Replies(Alice);

        bot.PressData(Alice, "prof:unit:P07");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Equal(alice, bot.MemberOf(Alice));
    }

    [Fact]
    public void A_profile_button_pressed_by_someone_not_registered_changes_nothing()
    {
        bot.PressData(Bob, "prof:field:Phone");
        Assert.Equal([Texts.NotRegistered.Vi()], bot.TextsTo(Bob));
        Assert.Null(bot.SessionOf(Bob)!.Flow);

        bot.Text(Bob, "0912345678");

        Assert.Null(bot.MemberOf(Bob));
    }

    // Enum.TryParse also reads numbers and comma lists, so "prof:field:7" enters the profile flow
    // in a state "7" that no answer and no unit button can leave (only /hoso or "Hủy" do).
    [Theory]
    [InlineData("prof:field:7")]
    [InlineData("prof:field:name")]
    [InlineData("prof:field:")]
    public void A_forged_field_that_is_not_one_of_the_four_items_is_no_longer_valid(string data)
    {
        bot.Command(Alice, "/hoso");
        bot.Replies(Alice);

        bot.PressData(Alice, data);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }
}
