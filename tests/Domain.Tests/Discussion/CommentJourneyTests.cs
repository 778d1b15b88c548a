using System.Text;
using Domain.Conversations;
using Domain.Discussion;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Discussion.Commenting;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Discussion;

/// <summary>/gopy: a member writes a comment for the discussion segment, through the real router.</summary>
public sealed partial class CommentJourneyTests
{
    private readonly ConversationDriver bot = Driver();

    public CommentJourneyTests() => Member(bot, Alice, "Nguyễn Thị Hoa", "P05");

    [Fact]
    public void Gopy_with_one_open_meeting_asks_the_topic_among_the_meetings_contents_or_other()
    {
        bot.Command(Alice, "/gopy");

        var question = Assert.Single(bot.Replies(Alice).OfType<TextOut>());
        Assert.Equal(Texts.AskCommentTopic.Vi(Meeting.Title), question.Text.Value);
        Assert.Equal([FirstTopic, SecondTopic, "Nội dung khác"], question.AllButtons().Select(b => b.Label));
        Assert.All(question.AllButtons(), b => Assert.StartsWith("gy:tp:", b.Data, StringComparison.Ordinal));
        var session = bot.SessionOf(Alice)!;
        Assert.Equal((CommentFlow.FlowName, "Topic", Meeting.Id), (session.Flow, session.State, session.Get("event")));
    }

    [Fact]
    public void The_whole_journey_stores_one_comment_with_its_first_version_and_ends_the_conversation()
    {
        bot.Command(Alice, "/gopy");
        bot.Replies(Alice);
        bot.Press(Alice, SecondTopic);
        Assert.Equal([Texts.AskCommentText.Vi()], bot.TextsTo(Alice));

        bot.Text(Alice, "  " + SampleText + "\r\nDòng hai.  ");
        var speak = Assert.Single(bot.Replies(Alice).OfType<TextOut>());
        Assert.Equal(Texts.AskSpeak.Vi(), speak.Text.Value);
        Assert.Empty(bot.Store.All<Comment>());

        bot.Press(Alice, "🎤 Có, đăng ký phát biểu");
        var preview = Assert.Single(bot.Replies(Alice).OfType<TextOut>());
        Assert.Equal(Texts.CommentPreview.Vi(Meeting.Title, SecondTopic, "Có", SampleText + "\nDòng hai."), preview.Text.Value);
        Assert.Equal(["Gửi", "Sửa", "Hủy"], preview.AllButtons().Select(b => b.Label));
        Assert.Empty(bot.Store.All<Comment>());

        bot.Press(Alice, "Gửi");

        var comment = Assert.Single(bot.Store.All<Comment>());
        Assert.Equal(10, comment.Id.Length);
        Assert.Equal((Meeting.Id, Alice.ToString(), "P05", SecondTopic), (comment.MeetingId, comment.MemberId, comment.UnitCode, comment.Topic));
        Assert.Equal((SampleText + "\nDòng hai.", true, CommentStatus.New), (comment.Text, comment.WantsToSpeak, comment.Status));
        Assert.Equal(bot.Now, comment.SubmittedAt);
        Assert.Null(comment.EditedAt);
        Assert.Equal(new CommentVersion(bot.Now, SecondTopic, comment.Text, true), Assert.Single(comment.History));
        Assert.Equal([Texts.CommentSent.Vi()], bot.TextsTo(Alice));
        var session = bot.SessionOf(Alice)!;
        Assert.Equal((null, null), (session.Flow, session.State));
        Assert.Empty(session.Draft);
    }

    [Fact]
    public void Not_wishing_to_speak_is_shown_in_the_preview_and_stored()
    {
        var comment = Submit(bot, Alice, speak: false);

        Assert.False(comment.WantsToSpeak);
        Assert.Contains(bot.AllSentTo(Alice).Texts(), t => t.Contains("Đăng ký phát biểu: Không", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_is_a_topic_of_its_own()
    {
        var comment = Submit(bot, Alice, topic: "Nội dung khác");

        Assert.Null(comment.Topic);
    }

    [Fact]
    public void A_comment_of_3000_characters_is_taken()
    {
        var text = new string('ạ', CommentFormat.MaxLength);

        var comment = Submit(bot, Alice, text);

        Assert.Equal(text, comment.Text);
    }

    [Fact]
    public void A_comment_longer_than_3000_characters_is_refused_with_its_count_and_the_question_stays()
    {
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, FirstTopic);
        var before = bot.SessionOf(Alice)!;
        bot.Replies(Alice);

        bot.Text(Alice, new string('x', 3001));

        Assert.Equal([Texts.CommentTooLong.Vi("3.001")], bot.TextsTo(Alice));
        Assert.Contains("3.001 ký tự", Texts.CommentTooLong.Vi("3.001"), StringComparison.Ordinal);
        var after = bot.SessionOf(Alice)!;
        Assert.Equal("Text", after.State);
        Assert.Equal(before.Draft, after.Draft);
        Assert.Empty(bot.Store.All<Comment>());
    }

    [Fact]
    public void The_count_is_of_the_text_in_NFC_so_decomposed_vietnamese_is_not_counted_twice()
    {
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, FirstTopic);
        var decomposed = new string('ạ', CommentFormat.MaxLength).Normalize(NormalizationForm.FormD);
        Assert.Equal(6000, decomposed.Length);

        bot.Text(Alice, decomposed);

        Assert.Equal("Speak", bot.SessionOf(Alice)!.State);
    }

    [Fact]
    public void In_english_the_count_has_a_comma()
    {
        bot.Store.Put(Session.New(Alice, Lang.En));
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, FirstTopic);
        bot.Replies(Alice);

        bot.Text(Alice, new string('x', 4000));

        Assert.Equal([Texts.CommentTooLong.En("4,000")], bot.TextsTo(Alice));
    }

    [Fact]
    public void A_comment_too_short_is_refused()
    {
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, FirstTopic);
        bot.Replies(Alice);

        bot.Text(Alice, " ok ");

        Assert.Equal([Texts.CommentTooShort.Vi()], bot.TextsTo(Alice));
        Assert.Equal("Text", bot.SessionOf(Alice)!.State);
    }

    [Fact]
    public void Text_typed_where_a_button_is_expected_gets_the_question_again()
    {
        bot.Command(Alice, "/gopy");
        var question = Assert.Single(bot.Replies(Alice).OfType<TextOut>());

        bot.Text(Alice, SampleText);

        var replies = bot.Replies(Alice).OfType<TextOut>().ToList();
        Assert.Equal(Texts.UseButtons.Vi(), replies[0].Text.Value);
        Say.SameQuestion(question, replies[1]);
        Assert.Equal("Topic", bot.SessionOf(Alice)!.State);
    }

    [Fact]
    public void Two_open_meetings_are_asked_first()
    {
        bot.Store.Put(Meeting with { Id = "hn-20270510", Title = "Hội nghị tháng Năm", StartsAt = Meetings.Local(2027, 5, 10, 8, 0) });

        bot.Command(Alice, "/gopy");
        var question = Assert.Single(bot.Replies(Alice).OfType<TextOut>());
        Assert.Equal(Texts.AskCommentMeeting.Vi(), question.Text.Value);
        Assert.Equal(2, question.AllButtons().Count);

        bot.Press(Alice, question.AllButtons()[1].Data);

        Assert.Equal(Texts.AskCommentTopic.Vi("Hội nghị tháng Năm"), bot.TextsTo(Alice).Single());
        Assert.Equal("hn-20270510", bot.SessionOf(Alice)!.Get("event"));
    }
}
