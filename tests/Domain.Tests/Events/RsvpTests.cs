using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>Answering an invitation with the buttons of the notice, through the real router.</summary>
public sealed class RsvpTests
{
    private const string Yes = $"rsvp:yes:{Id}";
    private const string No = $"rsvp:no:{Id}";
    private const string Sub = $"rsvp:sub:{Id}";
    private const string SkipData = $"rsvp:skip:{Id}";

    private readonly ConversationDriver bot = Driver();

    public RsvpTests()
    {
        Put(bot);
        Registering.Seed(bot, Alice, MemberStatus.Approved);
    }

    [Fact]
    public void Attending_stores_the_answer_with_one_history_entry()
    {
        bot.PressData(Alice, Yes);

        var rsvp = RsvpOf(bot, Alice)!;
        Assert.Equal(Rsvp.IdFor(Id, Alice.ToString()), rsvp.Id);
        Assert.Equal((Id, Alice.ToString(), RsvpAnswer.Attending), (rsvp.EventId, rsvp.MemberId, rsvp.Answer));
        Assert.Null(rsvp.Reason);
        Assert.Null(rsvp.Delegate);
        Assert.Equal(bot.Now, rsvp.AnsweredAt);
        Assert.Equal(new RsvpChange(bot.Now, Alice.ToString(), RsvpAnswer.Attending, null, null), Assert.Single(rsvp.History));
        Assert.Equal([Texts.RsvpAttending.Vi(Title)], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void Attending_again_with_a_new_press_changes_nothing_and_says_so()
    {
        bot.PressData(Alice, Yes);
        var first = RsvpOf(bot, Alice)!;
        bot.Replies(Alice);
        bot.Now = bot.Now.AddMinutes(5);

        bot.PressData(Alice, Yes);

        Assert.Equal([Texts.RsvpUnchanged.Vi("Tham dự")], bot.TextsTo(Alice));
        Assert.Contains("không đổi", Texts.RsvpUnchanged.Vi("Tham dự"), StringComparison.Ordinal);
        var again = RsvpOf(bot, Alice)!;
        Assert.Same(first, again);
        Assert.Single(again.History);
        Assert.Empty(bot.Turns[^1].Changes.Upserts.OfType<Rsvp>());
    }

    [Fact]
    public void Declining_asks_an_optional_reason_and_stores_nothing_yet()
    {
        bot.PressData(Alice, No);

        var question = Assert.IsType<TextOut>(Assert.Single(bot.Replies(Alice).OfType<TextOut>()));
        Assert.Equal(Texts.AskReason.Vi(), question.Text.Value);
        Assert.Equal([new Button("Bỏ qua", SkipData)], question.AllButtons());
        var session = bot.SessionOf(Alice)!;
        Assert.Equal((RsvpFlow.FlowName, "Reason"), (session.Flow, session.State));
        Assert.Null(RsvpOf(bot, Alice));
    }

    [Fact]
    public void A_reason_given_after_declining_is_stored_with_the_decline()
    {
        bot.PressData(Alice, No);
        bot.Replies(Alice);

        bot.Text(Alice, "  Bận   công tác ");

        var rsvp = RsvpOf(bot, Alice)!;
        Assert.Equal((RsvpAnswer.Declined, "Bận công tác"), (rsvp.Answer, rsvp.Reason));
        Assert.Equal(new RsvpChange(bot.Now, Alice.ToString(), RsvpAnswer.Declined, "Bận công tác", null), Assert.Single(rsvp.History));
        Assert.Equal([Texts.RsvpDeclined.Vi(Title)], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_reason_longer_than_500_characters_is_refused_and_the_question_stays()
    {
        bot.PressData(Alice, No);
        bot.Replies(Alice);

        bot.Text(Alice, new string('x', RsvpFlow.MaxReasonLength + 1));

        Assert.Equal([Texts.ReasonTooLong.Vi()], bot.TextsTo(Alice));
        Assert.Equal("Reason", bot.SessionOf(Alice)!.State);
        Assert.Null(RsvpOf(bot, Alice));
    }

    [Fact]
    public void Declining_with_skip_stores_a_decline_without_a_reason()
    {
        bot.PressData(Alice, No);
        bot.Replies(Alice);

        bot.Press(Alice, "Bỏ qua");

        var rsvp = RsvpOf(bot, Alice)!;
        Assert.Equal(RsvpAnswer.Declined, rsvp.Answer);
        Assert.Null(rsvp.Reason);
        Assert.Single(rsvp.History);
        Assert.Contains(Texts.RsvpDeclined.Vi(Title), bot.TextsTo(Alice));
    }

    [Fact]
    public void Declining_with_skip_leaves_the_answer_flow()
    {
        bot.PressData(Alice, No);

        bot.Press(Alice, "Bỏ qua");

        var session = bot.SessionOf(Alice)!;
        Assert.Equal((null, null), (session.Flow, session.State));
        Assert.Empty(session.Draft);
    }

    [Fact]
    public void Declining_with_skip_ends_the_answer_so_the_next_message_is_read_as_usual()
    {
        bot.PressData(Alice, No);
        bot.Press(Alice, "Bỏ qua");
        bot.Replies(Alice);

        bot.Text(Alice, "xin chào");

        Assert.Equal([Texts.NotUnderstood.Vi()], bot.TextsTo(Alice));
        Assert.Equal(RsvpAnswer.Declined, RsvpOf(bot, Alice)!.Answer);
    }

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
    public void Every_change_of_answer_is_added_to_the_history_in_order_with_its_time()
    {
        var t1 = bot.Now;
        bot.PressData(Alice, Yes);
        var t2 = bot.Now = t1.AddHours(3);
        bot.PressData(Alice, No);
        bot.Text(Alice, "Ốm");
        var t3 = bot.Now = t2.AddDays(1);
        bot.PressData(Alice, Sub);
        bot.Text(Alice, "Trần Văn Bình");
        bot.Text(Alice, "Phó Chủ tịch");
        bot.Text(Alice, "0912345678");

        var rsvp = RsvpOf(bot, Alice)!;
        var representative = new Representative("Trần Văn Bình", "Phó Chủ tịch", "+84912345678");
        Assert.Equal(
            [
                new RsvpChange(t1, Alice.ToString(), RsvpAnswer.Attending, null, null),
                new RsvpChange(t2, Alice.ToString(), RsvpAnswer.Declined, "Ốm", null),
                new RsvpChange(t3, Alice.ToString(), RsvpAnswer.Delegated, null, representative),
            ],
            rsvp.History);
        Assert.Equal((RsvpAnswer.Delegated, representative, t3), (rsvp.Answer, rsvp.Delegate, rsvp.AnsweredAt));
        Assert.Null(rsvp.Reason);
    }

    [Fact]
    public void Declining_again_with_the_same_reason_changes_nothing()
    {
        bot.PressData(Alice, No);
        bot.Text(Alice, "Ốm");
        bot.Replies(Alice);

        bot.PressData(Alice, No);
        bot.Text(Alice, "Ốm");

        Assert.Equal([Texts.AskReason.Vi(), Texts.RsvpUnchanged.Vi("Không tham dự")], bot.TextsTo(Alice));
        Assert.Single(RsvpOf(bot, Alice)!.History);
    }

    [Theory]
    [InlineData(MemberStatus.Pending)]
    [InlineData(MemberStatus.Rejected)]
    public void A_member_who_is_not_approved_cannot_answer(MemberStatus status)
    {
        Registering.Seed(bot, Bob, status, "Trần Văn Bình");

        bot.PressData(Bob, Yes);

        Assert.Equal([Texts.RsvpMembersOnly.Vi()], bot.TextsTo(Bob));
        Assert.StartsWith("Chỉ thành viên đã được duyệt", Texts.RsvpMembersOnly.Vi(), StringComparison.Ordinal);
        Assert.Empty(bot.Store.All<Rsvp>());
    }

    [Theory]
    [InlineData(Yes)]
    [InlineData(No)]
    [InlineData(Sub)]
    public void An_unregistered_user_cannot_answer_and_nothing_is_stored(string data)
    {
        bot.PressData(Carol, data);

        Assert.Equal([Texts.RsvpMembersOnly.Vi()], bot.TextsTo(Carol));
        Assert.Empty(bot.Store.All<Rsvp>());
        Assert.Null(bot.SessionOf(Carol)!.Flow);
    }

    [Fact]
    public void An_unknown_meeting_is_not_found()
    {
        bot.PressData(Alice, "rsvp:yes:hn-19990101");

        Assert.Equal([Texts.MeetingGone.Vi()], bot.TextsTo(Alice));
        Assert.Contains("Không tìm thấy", Texts.MeetingGone.Vi(), StringComparison.Ordinal);
        Assert.Empty(bot.Store.All<Rsvp>());
    }

    [Theory]
    [InlineData("rsvp:yes", false)]
    [InlineData("rsvp", false)]
    [InlineData("rsvp:", false)]
    [InlineData($"rsvp:maybe:{Id}", false)]
    [InlineData($"rsvp:YES:{Id}", false)]
    [InlineData("rsvp:yes:", true)]
    public void A_forged_answer_button_stores_nothing(string data, bool namesAMeeting)
    {
        bot.PressData(Alice, data);

        Assert.Equal([(namesAMeeting ? Texts.MeetingGone : Texts.ButtonExpired).Vi()], bot.TextsTo(Alice));
        Assert.Empty(bot.Store.All<Rsvp>());
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Theory]
    [InlineData("rsvp:yes")]
    [InlineData($"rsvp:maybe:{Id}")]
    public void A_forged_answer_without_a_meeting_or_with_an_unknown_answer_says_the_button_is_no_longer_valid(string data)
    {
        bot.PressData(Alice, data);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Contains("không còn hiệu lực", Texts.ButtonExpired.Vi(), StringComparison.Ordinal);
        Assert.Empty(bot.Store.All<Rsvp>());
    }

    [Fact]
    public void A_skip_press_outside_any_answer_is_no_longer_valid_and_stores_nothing()
    {
        bot.PressData(Alice, SkipData);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Empty(bot.Store.All<Rsvp>());
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_skip_press_at_the_name_question_is_no_longer_valid_and_the_question_stays()
    {
        bot.PressData(Alice, Sub);
        bot.Replies(Alice);

        bot.PressData(Alice, SkipData);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Equal((RsvpFlow.FlowName, "DelegateName"), (bot.SessionOf(Alice)!.Flow, bot.SessionOf(Alice)!.State));
        Assert.Empty(bot.Store.All<Rsvp>());
    }

    [Fact]
    public void A_skip_press_for_another_meeting_is_no_longer_valid()
    {
        Put(bot, Sample("hn-20270510", Local(2027, 5, 10, 8, 0), Local(2027, 5, 8, 17, 0)));
        bot.PressData(Alice, No);
        bot.Replies(Alice);

        bot.PressData(Alice, "rsvp:skip:hn-20270510");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Equal("Reason", bot.SessionOf(Alice)!.State);
        Assert.Empty(bot.Store.All<Rsvp>());
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

    private void ToPhoneStep()
    {
        bot.PressData(Alice, Sub);
        bot.Text(Alice, "Trần Văn Bình");
        bot.Text(Alice, "Phó Chủ tịch");
        bot.Replies(Alice);
    }
}
