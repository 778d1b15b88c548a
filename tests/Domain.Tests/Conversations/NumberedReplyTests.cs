using Domain.Conversations;
using Domain.Discussion;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Discussion.Commenting;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Conversations;

/// <summary>
/// On a channel without buttons one reply numbers the choices of all its messages one after the
/// other, and a typed number presses exactly what was printed beside it.
/// </summary>
public sealed class NumberedReplyTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public NumberedReplyTests()
    {
        Member(bot, Alice, "Nguyễn Thị Hoa", "P05");
        Member(bot, Bob, "Trần Văn Bình", "P01");
        bot.Screens.Add(Organizer);
        bot.Screens.Add(Alice);
        bot.Screens.Add(Bob);
    }

    [Fact]
    public void The_messages_of_one_reply_number_their_choices_one_after_another()
    {
        Seed(bot, Alice, "P05", "Ý kiến của Hoa", at: bot.Now.AddMinutes(-2));
        Seed(bot, Bob, "P01", "Ý kiến của Bình", at: bot.Now.AddMinutes(-1));

        bot.Command(Organizer, "/ykien");

        var printed = bot.Replies(Organizer).OfType<TextOut>().SelectMany(t => t.AllButtons()).ToList();
        var shown = bot.Store.Find<ShownChoices>(Organizer.ToString())!;
        Assert.Equal(printed.Count, shown.Items.Count);
        for (var number = 1; number <= printed.Count; number++)
        {
            Assert.Equal(printed[number - 1].Data, shown.Pick(number)!.Value.Choice.ButtonData);
        }
    }

    [Fact]
    public void A_number_of_the_second_card_acts_on_the_second_comment_only()
    {
        var hoa = Seed(bot, Alice, "P05", "Ý kiến của Hoa", at: bot.Now.AddMinutes(-2));
        var binh = Seed(bot, Bob, "P01", "Ý kiến của Bình", at: bot.Now.AddMinutes(-1));
        bot.Command(Organizer, "/ykien");
        var cards = bot.Replies(Organizer).OfType<TextOut>().Where(t => t.Buttons.Count > 0).ToList();
        var second = cards.Single(c => c.Text.Value.Contains(binh.Text, StringComparison.Ordinal));
        var number = cards.TakeWhile(c => c != second).Sum(c => c.AllButtons().Count) + 1;

        bot.Text(Organizer, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(CommentStatus.New, Reload(bot, hoa).Status);
        Assert.NotEqual(CommentStatus.New, Reload(bot, binh).Status);
    }

    [Fact]
    public void A_label_on_two_cards_presses_nothing_and_keeps_the_numbers()
    {
        var hoa = Seed(bot, Alice, "P05", "Ý kiến của Hoa", at: bot.Now.AddMinutes(-2));
        var binh = Seed(bot, Bob, "P01", "Ý kiến của Bình", at: bot.Now.AddMinutes(-1));
        bot.Command(Organizer, "/ykien");
        var shown = bot.Store.Find<ShownChoices>(Organizer.ToString())!;
        bot.Replies(Organizer);

        bot.Text(Organizer, Folded.Of(Texts.MarkCommentSeen.Vi()));
        bot.Text(Organizer, Texts.MarkCommentSeen.Vi());

        Assert.Equal(
            [Texts.ChoiceWordsNotRead.Vi(shown.Items.Count), Texts.ChoiceWordsNotRead.Vi(shown.Items.Count)],
            bot.TextsTo(Organizer));
        Assert.Equal(CommentStatus.New, Reload(bot, hoa).Status);
        Assert.Equal(CommentStatus.New, Reload(bot, binh).Status);
        Assert.Equal(shown.Items, bot.Store.Find<ShownChoices>(Organizer.ToString())!.Items);
    }

    [Fact]
    public void A_label_typed_without_diacritics_presses_its_choice()
    {
        bot.Command(Alice, "/xoadulieu");
        bot.Text(Alice, Folded.Of(Texts.EraseNo.Vi()).ToUpperInvariant());

        Assert.Equal(Texts.EraseKept.Vi(), bot.TextsTo(Alice)[^1]);
        Assert.NotNull(bot.MemberOf(Alice));
    }

    [Fact]
    public void One_wrong_word_keeps_the_menu_and_the_next_number_still_chooses()
    {
        bot.Command(Alice, "/lang");
        bot.Replies(Alice);

        bot.Text(Alice, "abc");
        Assert.Equal([Texts.ChoiceWordsNotRead.Vi(2)], bot.TextsTo(Alice));
        bot.Text(Alice, "7");
        Assert.Equal([Texts.ChoiceNumberNotListed.Vi(2)], bot.TextsTo(Alice));
        bot.Text(Alice, "2");

        Assert.Equal([Texts.LanguageSet.En()], bot.TextsTo(Alice));
        Assert.Equal(Lang.En, bot.SessionOf(Alice)!.Lang);
    }

    [Fact]
    public void A_number_pressed_twice_is_told_it_is_no_longer_shown()
    {
        bot.Command(Alice, "/xoadulieu");
        bot.Text(Alice, "2");
        bot.Replies(Alice);

        bot.Text(Alice, "2");

        Assert.Equal([Texts.ChoiceNumberNotShown.Vi()], bot.TextsTo(Alice));
        Assert.NotNull(bot.MemberOf(Alice));
    }

    [Fact]
    public void An_invitations_number_typed_twice_answers_once_and_then_says_it_is_no_longer_shown()
    {
        var invitation = new TextOut(new Html(Meeting.Title)).WithButtons(
            [new Button("✅ Tham dự", $"rsvp:yes:{Meeting.Id}"), new Button("❌ Không tham dự", $"rsvp:no:{Meeting.Id}")]);
        bot.Store.Put(ShownChoices.None(Alice.ToString()).Place(invitation, reply: null, inQuestion: false).Next);

        bot.Text(Alice, "1");
        bot.Text(Alice, "1");

        var texts = bot.TextsTo(Alice);
        Assert.Equal(2, texts.Count);
        Assert.Equal(Texts.ChoiceNumberNotShown.Vi(), texts[1]);
        Assert.Single(Meetings.RsvpOf(bot, Alice, Meeting.Id)!.History);
    }

    [Fact]
    public void A_number_from_another_persons_screen_presses_nothing_for_the_typist()
    {
        bot.Command(Alice, "/lang");

        bot.Text(Bob, "2");

        Assert.Equal([Texts.ChoiceNumberNotShown.Vi()], bot.TextsTo(Bob));
        Assert.Equal(Lang.Vi, bot.SessionOf(Bob)?.Lang ?? Lang.Vi);
        Assert.Equal(Lang.Vi, bot.SessionOf(Alice)!.Lang);
    }

    [Fact]
    public void A_stranger_typing_words_is_pointed_to_registration()
    {
        var stranger = new UserKey("zalo", "404");

        bot.Text(stranger, "xin chao");
        bot.Text(Alice, "xin chao");
        bot.Text(Organizer, "xin chao");

        Assert.Equal([Texts.NotRegistered.Vi()], bot.TextsTo(stranger));
        Assert.Equal([Texts.NotUnderstood.Vi()], bot.TextsTo(Alice));
        Assert.Equal([Texts.NotUnderstood.Vi()], bot.TextsTo(Organizer));
    }

    [Fact]
    public void Words_in_a_conversation_that_waits_for_them_still_go_to_it()
    {
        bot.Command(Alice, "/gopy");
        if (bot.SessionOf(Alice)?.Flow != CommentFlow.FlowName)
        {
            bot.Press(Alice, "✍️ Gửi ý kiến mới");
        }

        bot.Text(Alice, FirstTopic);
        bot.Text(Alice, "Đề nghị tăng cường tuyên truyền");

        var draft = bot.SessionOf(Alice)!;
        Assert.Equal(CommentFlow.FlowName, draft.Flow);
        Assert.Contains(draft.Draft.Values, v => v.Contains("Đề nghị tăng cường tuyên truyền", StringComparison.Ordinal));
    }
}
