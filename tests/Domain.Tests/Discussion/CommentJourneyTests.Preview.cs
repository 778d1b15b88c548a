using System.Text;
using Domain.Conversations;
using Domain.Discussion;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Discussion.Commenting;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Discussion;

public sealed partial class CommentJourneyTests
{
    [Fact]
    public void Sửa_in_the_preview_changes_one_item_and_comes_back_to_the_preview()
    {
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, FirstTopic);
        bot.Text(Alice, SampleText);
        bot.Press(Alice, "Không, chỉ gửi ý kiến");
        bot.Replies(Alice);

        bot.Press(Alice, "Sửa");
        Assert.Equal([Texts.WhichField.Vi()], bot.TextsTo(Alice));
        bot.Press(Alice, "Ý kiến");
        Assert.Equal([Texts.AskCommentText.Vi()], bot.TextsTo(Alice));
        bot.Text(Alice, "Ý kiến đã sửa cho rõ hơn.");

        var preview = Assert.Single(bot.Replies(Alice).OfType<TextOut>());
        Assert.Equal(Texts.CommentPreview.Vi(Meeting.Title, FirstTopic, "Không", "Ý kiến đã sửa cho rõ hơn."), preview.Text.Value);

        bot.Press(Alice, "Sửa");
        bot.Press(Alice, "Đăng ký phát biểu");
        bot.Press(Alice, "🎤 Có, đăng ký phát biểu");
        bot.Press(Alice, "Sửa");
        bot.Press(Alice, "Nội dung góp ý");
        bot.Press(Alice, SecondTopic);
        bot.Press(Alice, "Gửi");

        var comment = Assert.Single(bot.Store.All<Comment>());
        Assert.Equal(("Ý kiến đã sửa cho rõ hơn.", true, SecondTopic), (comment.Text, comment.WantsToSpeak, comment.Topic));
        Assert.Single(comment.History);
    }

    [Fact]
    public void Hủy_in_the_preview_saves_nothing()
    {
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, FirstTopic);
        bot.Text(Alice, SampleText);
        bot.Press(Alice, "Không, chỉ gửi ý kiến");
        bot.Replies(Alice);

        bot.Press(Alice, "Hủy");

        Assert.Equal([Texts.Cancelled.Vi()], bot.TextsTo(Alice));
        Assert.Empty(bot.Store.All<Comment>());
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void The_word_Hủy_typed_mid_way_saves_nothing()
    {
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, FirstTopic);

        bot.Text(Alice, "Hủy");

        Assert.Empty(bot.Store.All<Comment>());
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_button_of_an_earlier_conversation_has_expired_and_changes_nothing()
    {
        bot.Command(Alice, "/gopy");
        var oldTopic = bot.LastWithButtons(Alice)!.AllButtons()[0].Data;
        bot.Text(Alice, "Hủy");
        bot.Command(Alice, "/gopy");
        var before = bot.SessionOf(Alice)!;
        bot.Replies(Alice);

        bot.PressData(Alice, oldTopic);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Equal(before, bot.SessionOf(Alice));
    }

    [Fact]
    public void A_button_of_another_step_has_expired_and_the_step_stays()
    {
        bot.Command(Alice, "/gopy");
        var topic = bot.LastWithButtons(Alice)!.AllButtons()[0].Data;
        bot.PressData(Alice, topic);
        var before = bot.SessionOf(Alice)!;
        bot.Replies(Alice);

        bot.PressData(Alice, topic);
        bot.PressData(Alice, topic.Replace("gy:tp:", "gy:send:", StringComparison.Ordinal)[..^2]);

        Assert.Equal([Texts.ButtonExpired.Vi(), Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Equal(before, bot.SessionOf(Alice));
        Assert.Empty(bot.Store.All<Comment>());
    }

    [Theory]
    [InlineData("9")]
    [InlineData("-1")]
    [InlineData(" 1")]
    [InlineData("x")]
    public void A_forged_topic_is_refused(string index)
    {
        bot.Command(Alice, "/gopy");
        var nonce = bot.SessionOf(Alice)!.Get("c");
        bot.Replies(Alice);

        bot.PressData(Alice, $"gy:tp:{nonce}:{index}");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Alice));
        Assert.Equal("Topic", bot.SessionOf(Alice)!.State);
    }
}
