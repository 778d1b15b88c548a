using Domain.Conversations;
using Domain.Members;
using Domain.Members.Registration;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Registration;

/// <summary>Registration by chat, step by step, through the real router.</summary>
public sealed class RegistrationFlowTests
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
        Assert.Equal("✓ +84 901 234 567", replies[0].Text.Value);
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
            Texts.Review.Vi(Registering.Name, "+84 901 234 567", Registering.UnitName, "Tổ trưởng tổ dân phố"),
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
            ["✓ +84 912 345 678", Texts.Review.Vi(Registering.Name, "+84 912 345 678", Registering.UnitName, Registering.Position)],
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
            [Texts.Review.Vi("Trần Văn Bình", "+84 901 234 567", Registering.UnitName, Registering.Position)],
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
            [Texts.Review.Vi(Registering.Name, "+84 901 234 567", "Ban Thường trực", Registering.Position)],
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

    [Fact]
    public void Confirming_stores_a_pending_member_and_shows_every_organizer_a_card()
    {
        var consentAt = bot.Now;
        Registering.ToStep(bot, Alice, "Name");
        bot.Now = consentAt.AddMinutes(3);
        bot.Text(Alice, "Nguye\u0302\u0303n Thi\u0323 Hoa");
        bot.Text(Alice, "0901 234 567");
        bot.Press(Alice, "Phường 5");
        bot.Text(Alice, Registering.Position);
        bot.Replies(Alice);

        bot.Press(Alice, "Xác nhận");

        var member = bot.MemberOf(Alice)!;
        Assert.Equal(Alice.ToString(), member.Id);
        Assert.Equal("Nguyễn Thị Hoa", member.FullName);
        Assert.True(member.FullName.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.Equal("+84901234567", member.Phone);
        Assert.Equal("P05", member.UnitCode);
        Assert.Equal(Registering.Position, member.Position);
        Assert.Equal(MemberStatus.Pending, member.Status);
        Assert.Equal(consentAt, member.ConsentAt);
        Assert.Equal(bot.Now, member.RegisteredAt);
        Assert.Null(member.DecidedBy);

        Assert.Contains(Texts.SubmittedPending.Vi(), bot.TextsTo(Alice));
        var session = bot.SessionOf(Alice)!;
        Assert.Null(session.Flow);
        Assert.Empty(session.Draft);

        var audit = Assert.Single(bot.Audit);
        Assert.Equal(("member.registered", Alice, Alice.ToString()), (audit.Action, audit.By, audit.Subject));

        var card = Assert.IsType<TextOut>(Assert.Single(bot.Replies(ConversationDriver.Organizer)));
        Assert.Equal(Texts.ApprovalRequest.Vi("Nguyễn Thị Hoa", Registering.UnitName, Registering.Position), card.Text.Value);
        Assert.Equal(
            [new Button("Duyệt", $"appr:yes:tg:101#{ApprovalRequests.Stamp(bot.MemberOf(Alice)!)}"), new Button("Từ chối", $"appr:no:tg:101#{ApprovalRequests.Stamp(bot.MemberOf(Alice)!)}")],
            card.AllButtons());
    }

    [Fact]
    public void With_auto_approve_the_member_is_approved_at_once_and_no_organizer_is_asked()
    {
        var bot = new ConversationDriver(new BotSettings { Organizers = new HashSet<UserKey> { ConversationDriver.Organizer }, AutoApprove = true });

        Registering.Complete(bot, Alice);

        Assert.Equal(MemberStatus.Approved, bot.MemberOf(Alice)!.Status);
        Assert.Contains(Texts.SubmittedApproved.Vi(Profile.Team(Lang.Vi)), bot.TextsTo(Alice));
        Assert.Empty(bot.AllSentTo(ConversationDriver.Organizer));
    }

    [Fact]
    public void A_configured_organizer_who_registers_is_approved_at_once_and_asks_no_one()
    {
        var bot = new ConversationDriver(new BotSettings { Organizers = new HashSet<UserKey> { ConversationDriver.Organizer, SecondOrganizer } });

        Registering.Complete(bot, ConversationDriver.Organizer);

        Assert.Equal(MemberStatus.Approved, bot.MemberOf(ConversationDriver.Organizer)!.Status);
        Assert.Contains(Texts.SubmittedApproved.Vi(Profile.Team(Lang.Vi)), bot.TextsTo(ConversationDriver.Organizer));
        Assert.Empty(bot.AllSentTo(SecondOrganizer));
    }

    [Fact]
    public void Deep_link_preselects_the_unit_and_the_unit_step_is_skipped()
    {
        bot.Command(Alice, "/start p05");
        bot.Press(Alice, "Đồng ý");
        bot.Text(Alice, Registering.Name);
        bot.Replies(Alice);

        bot.Text(Alice, Registering.Phone);

        Assert.Equal("Position", bot.SessionOf(Alice)!.State);
        Assert.Equal(["✓ +84 901 234 567", Texts.AskPosition.Vi()], bot.TextsTo(Alice));
        bot.Text(Alice, Registering.Position);
        Assert.Equal([Texts.Review.Vi(Registering.Name, "+84 901 234 567", Registering.UnitName, Registering.Position)], bot.TextsTo(Alice));
        bot.Press(Alice, "Xác nhận");
        Assert.Equal("P05", bot.MemberOf(Alice)!.UnitCode);
    }

    [Fact]
    public void Deep_link_with_an_unknown_unit_code_is_ignored()
    {
        bot.Command(Alice, "/start XYZ99");
        Assert.Empty(bot.SessionOf(Alice)!.Draft);
        bot.Press(Alice, "Đồng ý");
        bot.Text(Alice, Registering.Name);

        bot.Text(Alice, Registering.Phone);

        Assert.Equal("Unit", bot.SessionOf(Alice)!.State);
    }

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

    [Fact]
    public void Start_by_an_approved_member_shows_their_menu_not_a_new_registration()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);

        bot.Command(Alice, "/start");

        Assert.Equal([Texts.MemberMenu.Vi(Registering.Name, Registering.UnitName, Profile.Team(Lang.Vi))], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void Start_by_a_pending_member_says_the_registration_awaits_approval()
    {
        Registering.Complete(bot, Alice);
        bot.Replies(Alice);

        bot.Command(Alice, "/start");

        Assert.Equal([Texts.StillPending.Vi()], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_rejected_member_can_register_again()
    {
        Registering.Seed(bot, Alice, MemberStatus.Rejected, "Tên Cũ");

        Registering.Complete(bot, Alice);

        var member = bot.MemberOf(Alice)!;
        Assert.Equal(MemberStatus.Pending, member.Status);
        Assert.Equal(Registering.Name, member.FullName);
        Assert.Single(bot.Replies(ConversationDriver.Organizer));
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
