using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>Answering an invitation with the buttons of the notice, through the real router.</summary>
public sealed partial class RsvpTests
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

    private void ToPhoneStep()
    {
        bot.PressData(Alice, Sub);
        bot.Text(Alice, "Trần Văn Bình");
        bot.Text(Alice, "Phó Chủ tịch");
        bot.Replies(Alice);
    }
}
