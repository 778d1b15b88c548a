using Domain.Conversations;
using Domain.Discussion;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Discussion.Commenting;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Discussion;

/// <summary>A member's own comments: listed by /gopy, changed or withdrawn until the meeting starts, and no one else's.</summary>
public sealed class MyCommentsTests
{
    private readonly ConversationDriver bot = Driver();

    public MyCommentsTests()
    {
        Member(bot, Alice, "Nguyễn Thị Hoa", "P05");
        Member(bot, Bob, "Trần Văn Bình", "P01");
    }

    [Fact]
    public void Gopy_lists_the_members_own_comments_only_with_their_buttons()
    {
        Submit(bot, Alice, "Ý kiến thứ nhất của Hoa về mạng xã hội.");
        bot.Now = bot.Now.AddMinutes(5);
        Submit(bot, Alice, "Ý kiến thứ hai của Hoa.", SecondTopic, speak: false);
        var bobs = Submit(bot, Bob, "Ý kiến riêng của Bình, không ai khác thấy.");
        bot.Replies(Alice);

        bot.Command(Alice, "/gopy");

        var list = Assert.Single(bot.Replies(Alice).OfType<TextOut>());
        Assert.StartsWith(Texts.MyCommentsHeader.Vi(), list.Text.Value, StringComparison.Ordinal);
        Assert.Contains("Ý kiến thứ nhất của Hoa", list.Text.Value, StringComparison.Ordinal);
        Assert.Contains("<b>1.</b> " + Meetings.When(Meeting.StartsAt) + " – " + SecondTopic, list.Text.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Bình", list.Text.Value, StringComparison.Ordinal);
        Assert.Equal(["✏️ Sửa 1", "🗑 Rút 1", "✏️ Sửa 2", "🗑 Rút 2", "✍️ Gửi ý kiến mới"], list.AllButtons().Select(b => b.Label));
        Assert.DoesNotContain(list.AllButtons(), b => b.Data.Contains(bobs.Id, StringComparison.Ordinal));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void Changing_a_comment_starts_at_its_preview_and_keeps_every_version()
    {
        var first = Submit(bot, Alice);
        bot.Store.Put(first with { Status = CommentStatus.Seen });
        bot.Command(Alice, "/gopy");
        bot.Replies(Alice);
        bot.Now = bot.Now.AddHours(1);

        bot.Press(Alice, "✏️ Sửa 1");
        var preview = Assert.Single(bot.Replies(Alice).OfType<TextOut>());
        Assert.Equal(Texts.CommentPreview.Vi(Meeting.Title, FirstTopic, "Có", SampleText), preview.Text.Value);
        bot.Press(Alice, "Sửa");
        bot.Press(Alice, "Ý kiến");
        bot.Text(Alice, "Nội dung mới, sau khi họp tổ.");
        bot.Replies(Alice);
        bot.Press(Alice, "Gửi");

        Assert.Equal([Texts.CommentUpdated.Vi()], bot.TextsTo(Alice));
        var changed = Assert.Single(bot.Store.All<Comment>());
        Assert.Equal(first.Id, changed.Id);
        Assert.Equal(("Nội dung mới, sau khi họp tổ.", bot.Now, first.SubmittedAt), (changed.Text, changed.EditedAt, changed.SubmittedAt));
        Assert.Equal(CommentStatus.New, changed.Status);
        Assert.Equal([SampleText, "Nội dung mới, sau khi họp tổ."], changed.History.Select(v => v.Text));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void Sending_a_change_that_changes_nothing_says_so()
    {
        var first = Submit(bot, Alice);
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, "✏️ Sửa 1");
        bot.Replies(Alice);

        bot.Press(Alice, "Gửi");

        Assert.Equal([Texts.CommentUnchanged.Vi()], bot.TextsTo(Alice));
        Assert.Same(first, bot.Store.Find<Comment>(first.Id));
    }

    [Fact]
    public void A_comment_chosen_to_speak_keeps_its_place_when_its_author_changes_it()
    {
        var chosen = Seed(bot, Alice, "P05", status: CommentStatus.Selected);
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, "✏️ Sửa 1");
        bot.Press(Alice, "Sửa");
        bot.Press(Alice, "Ý kiến");
        bot.Text(Alice, "Bổ sung số liệu của phường.");
        bot.Press(Alice, "Gửi");

        var changed = Reload(bot, chosen);
        Assert.Equal((CommentStatus.Selected, chosen.SelectedAt), (changed.Status, changed.SelectedAt));
        Assert.Equal(2, changed.History.Count);
    }

    [Fact]
    public void Withdrawing_asks_first_then_keeps_the_record_without_any_text()
    {
        var comment = Submit(bot, Alice);
        bot.Command(Alice, "/gopy");
        bot.Replies(Alice);

        bot.Press(Alice, "🗑 Rút 1");
        var question = Assert.Single(bot.Replies(Alice).OfType<TextOut>());
        Assert.Equal(Texts.ConfirmWithdraw.Vi(SampleText), question.Text.Value);
        Assert.Equal(CommentStatus.New, Reload(bot, comment).Status);

        bot.Press(Alice, "Rút ý kiến");

        Assert.Equal([Texts.CommentWithdrawn.Vi()], bot.TextsTo(Alice));
        var withdrawn = Reload(bot, comment);
        Assert.Equal((CommentStatus.Withdrawn, string.Empty), (withdrawn.Status, withdrawn.Text));
        Assert.All(withdrawn.History, v => Assert.Empty(v.Text));
        Assert.Equal(bot.Now, withdrawn.EditedAt);

        bot.Command(Alice, "/gopy");
        Assert.Equal([Texts.AskCommentTopic.Vi(Meeting.Title)], bot.TextsTo(Alice));
    }

    [Fact]
    public void Keeping_a_comment_changes_nothing()
    {
        var comment = Submit(bot, Alice);
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, "🗑 Rút 1");
        bot.Replies(Alice);

        bot.Press(Alice, "Không rút");

        Assert.Equal([Texts.CommentKept.Vi()], bot.TextsTo(Alice));
        Assert.Same(comment, Reload(bot, comment));
    }

    [Fact]
    public void Changing_is_refused_from_the_start_of_the_meeting()
    {
        var comment = Submit(bot, Alice);
        bot.Command(Alice, "/gopy");
        var edit = bot.LastWithButtons(Alice)!.AllButtons().First(b => b.Label == "✏️ Sửa 1").Data;
        bot.Replies(Alice);
        bot.Now = Meetings.Start;

        bot.PressData(Alice, edit);

        Assert.Equal([Texts.CommentsClosed.Vi(Meetings.When(Meetings.Start))], bot.TextsTo(Alice));
        Assert.Same(comment, Reload(bot, comment));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
    }

    [Fact]
    public void A_change_begun_before_the_start_cannot_be_sent_after_it()
    {
        var comment = Submit(bot, Alice);
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, "✏️ Sửa 1");
        bot.Press(Alice, "Sửa");
        bot.Press(Alice, "Ý kiến");
        bot.Text(Alice, "Thay đổi vào phút chót.");
        bot.Replies(Alice);
        bot.Now = Meetings.Start.AddMinutes(1);

        bot.Press(Alice, "Gửi");

        Assert.Equal([Texts.CommentsClosed.Vi(Meetings.When(Meetings.Start))], bot.TextsTo(Alice));
        Assert.Same(comment, Reload(bot, comment));
    }

    [Fact]
    public void Withdrawing_is_refused_from_the_start_of_the_meeting()
    {
        var comment = Submit(bot, Alice);
        bot.Command(Alice, "/gopy");
        bot.Press(Alice, "🗑 Rút 1");
        bot.Replies(Alice);
        bot.Now = Meetings.Start;

        bot.Press(Alice, "Rút ý kiến");

        Assert.Equal([Texts.CommentsClosed.Vi(Meetings.When(Meetings.Start))], bot.TextsTo(Alice));
        Assert.Same(comment, Reload(bot, comment));
    }

    [Fact]
    public void After_the_start_the_list_shows_the_comments_without_change_buttons()
    {
        Submit(bot, Alice);
        bot.Now = Meetings.Start;
        bot.Replies(Alice);

        bot.Command(Alice, "/gopy");

        var list = Assert.Single(bot.Replies(Alice).OfType<TextOut>());
        Assert.Contains(SampleText, list.Text.Value, StringComparison.Ordinal);
        Assert.Empty(list.Buttons);
    }

    [Theory]
    [InlineData("rev")]
    [InlineData("wd")]
    [InlineData("wdy")]
    public void Someone_elses_comment_cannot_be_reached_with_forged_data(string verb)
    {
        var bobs = Submit(bot, Bob);
        var before = bot.SessionOf(Alice);
        bot.Replies(Alice);

        bot.PressData(Alice, $"gy:{verb}:{bobs.Id}");

        var replies = bot.TextsTo(Alice);
        Assert.Equal([Texts.CommentGone.Vi()], replies);
        Assert.DoesNotContain(replies, r => r.Contains(SampleText, StringComparison.Ordinal));
        Assert.Same(bobs, Reload(bot, bobs));
        Assert.Equal(before?.Flow, bot.SessionOf(Alice)?.Flow);
    }

    [Fact]
    public void An_unknown_comment_id_is_not_found()
    {
        bot.PressData(Alice, "gy:rev:0123456789");

        Assert.Equal([Texts.CommentGone.Vi()], bot.TextsTo(Alice));
    }
}
