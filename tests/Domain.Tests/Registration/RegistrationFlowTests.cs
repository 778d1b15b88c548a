using Domain.Conversations;
using Domain.Members;
using Domain.Members.Registration;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Registration;

/// <summary>Registration by chat, step by step, through the real router.</summary>
public sealed partial class RegistrationFlowTests
{
    private readonly ConversationDriver bot = new();

    [Fact]
    public void Start_by_an_unknown_user_greets_and_asks_for_consent_in_one_message_and_stores_no_personal_data()
    {
        bot.Command(Alice, "/start");

        var reply = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice)));
        Assert.Equal(
            Profile.Greeting(Lang.Vi),
            reply.Text.Value);
        Assert.Equal(
            [new Button("Đồng ý", "reg:agree"), new Button("Không đồng ý", "reg:refuse")],
            reply.AllButtons());
        Assert.Null(bot.MemberOf(Alice));
        var session = bot.SessionOf(Alice)!;
        Assert.Equal(("reg", "Consent"), (session.Flow, session.State));
        Assert.Empty(session.Draft);
        Assert.Empty(bot.Audit);
    }

    [Fact]
    public void Refusing_consent_stores_nothing_and_leaves_the_flow()
    {
        bot.Command(Alice, "/start P05");
        bot.Replies(Alice);

        bot.Press(Alice, "Không đồng ý");

        Assert.Contains(Texts.ConsentRefused.Vi(), bot.TextsTo(Alice));
        var session = bot.SessionOf(Alice)!;
        Assert.Null(session.Flow);
        Assert.Null(session.State);
        Assert.Empty(session.Draft);
        Assert.Null(bot.MemberOf(Alice));
        Assert.Empty(bot.Audit);
    }

    [Fact]
    public void Agreeing_asks_for_the_name_and_keeps_only_the_time_of_consent()
    {
        bot.Command(Alice, "/start");
        bot.Replies(Alice);

        bot.Press(Alice, "Đồng ý");

        Assert.Equal([Texts.AskName.Vi()], bot.TextsTo(Alice));
        var session = bot.SessionOf(Alice)!;
        Assert.Equal("Name", session.State);
        Assert.Equal(["consentAt"], session.Draft.Keys);
    }

    [Theory]
    [InlineData("Hoa 123", "NameBadCharacters")]
    [InlineData("Hoa 🌸", "NameBadCharacters")]
    [InlineData("H", "NameTooShort")]
    public void Bad_name_is_answered_with_the_reason_and_the_step_is_unchanged(string name, string reason)
    {
        Registering.ToStep(bot, Alice, "Name");
        var before = bot.SessionOf(Alice)!;
        bot.Replies(Alice);

        bot.Text(Alice, name);

        var expected = (Msg)typeof(Texts).GetField(reason)!.GetValue(null)!;
        Assert.Equal(expected.Vi(), bot.TextsTo(Alice)[0]);
        var after = bot.SessionOf(Alice)!;
        Assert.Equal("Name", after.State);
        Assert.Equal(before.Draft, after.Draft);
    }

    [Fact]
    public void Valid_name_is_kept_in_NFC_and_the_phone_is_asked_next_with_a_share_button()
    {
        Registering.ToStep(bot, Alice, "Name");
        bot.Replies(Alice);

        bot.Text(Alice, "  Nguye\u0302\u0303n   Thi\u0323  Hoa ");

        var session = bot.SessionOf(Alice)!;
        Assert.Equal("Nguyễn Thị Hoa", session.Get("name"));
        Assert.Equal("Phone", session.State);
        var ask = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice)));
        Assert.Equal(Texts.AskPhone.Vi(), ask.Text.Value);
        Assert.Equal(Texts.SharePhone.Plain(Lang.Vi), ask.Keyboard?.ContactLabel);
    }

    public static TheoryData<string, string> CancelAtEveryStep()
    {
        var data = new TheoryData<string, string>();
        foreach (var step in Registering.Steps)
        {
            foreach (var cancel in new[] { "Hủy", " huỷ ", "Hu\u0309y", "HUY", "cancel", "/huy" })
            {
                data.Add(step, cancel);
            }
        }

        return data;
    }

    /// <summary>
    /// The step's question as the bot last showed it. The first /start greets above the consent
    /// question in the same message; asking it again shows the question alone.
    /// </summary>
    private TextOut QuestionAsked(string step)
    {
        var shown = bot.Replies(Alice).OfType<TextOut>().Last();
        return step == "Consent" ? shown with { Text = new Html(Profile.Consent(Lang.Vi)) } : shown;
    }
}
