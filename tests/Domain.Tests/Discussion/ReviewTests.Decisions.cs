using Domain.Conversations;
using Domain.Discussion;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Discussion.Commenting;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Discussion;

public sealed partial class ReviewTests
{
    [Fact]
    public void Marking_seen_is_decided_in_the_authors_queue_and_audited_without_the_text()
    {
        var comment = Seed(bot, Alice, "P05");
        bot.Command(Organizer, "/ykien");
        bot.Now = bot.Now.AddMinutes(3);

        bot.Press(Organizer, "Đã xem");

        var seen = Reload(bot, comment);
        Assert.Equal((CommentStatus.Seen, Organizer.ToString(), bot.Now), (seen.Status, seen.ReviewedBy, seen.ReviewedAt));
        Assert.Contains(bot.Turns, t => t.Input.From == Alice && t.Changes.Upserts.Contains(seen));
        var audit = Assert.Single(bot.Audit);
        Assert.Equal(new AuditEntry(bot.Now, Organizer, "comment.seen", comment.Id, "New"), audit);
        Assert.Contains(Texts.CommentReviewDone.Vi("Nguyễn Thị Hoa", "Phường 5", "Đã xem"), bot.TextsTo(Organizer));
        Assert.Empty(bot.TextsTo(Alice));
    }

    [Fact]
    public void Hiding_is_not_told_to_the_author()
    {
        var comment = Seed(bot, Alice, "P05");
        bot.Command(Organizer, "/ykien");

        bot.Press(Organizer, "Ẩn");

        Assert.Equal(CommentStatus.Hidden, Reload(bot, comment).Status);
        Assert.Equal("comment.hidden", Assert.Single(bot.Audit).Action);
        Assert.Empty(bot.TextsTo(Alice));
    }

    [Fact]
    public void Choosing_to_speak_tells_the_author_and_taking_it_off_tells_them_too()
    {
        var comment = Seed(bot, Alice, "P05");
        bot.Command(Organizer, "/ykien");

        bot.Press(Organizer, "Chọn phát biểu");

        var chosen = Reload(bot, comment);
        Assert.Equal((CommentStatus.Selected, bot.Now), (chosen.Status, chosen.SelectedAt));
        Assert.Equal([Texts.YourCommentSelected.Vi(Meeting.Title, FirstTopic)], bot.TextsTo(Alice));

        bot.PressData(Organizer, $"yk:u:{comment.Id}");

        var off = Reload(bot, comment);
        Assert.Equal(CommentStatus.Seen, off.Status);
        Assert.Null(off.SelectedAt);
        Assert.Equal([Texts.YourCommentUnselected.Vi(Meeting.Title, FirstTopic)], bot.TextsTo(Alice));
        Assert.Equal(["comment.selected", "comment.seen"], bot.Audit.Select(a => a.Action));
    }

    [Fact]
    public void The_same_decision_twice_changes_nothing_the_second_time()
    {
        var comment = Seed(bot, Alice, "P05");
        bot.PressData(Organizer, $"yk:s:{comment.Id}");
        var seen = Reload(bot, comment);
        bot.Replies(Organizer);

        bot.PressData(Organizer, $"yk:s:{comment.Id}");

        Assert.Same(seen, Reload(bot, comment));
        Assert.Single(bot.Audit);
        Assert.Contains(Texts.CommentReviewUnchanged.Vi("Nguyễn Thị Hoa", "Phường 5", "Đã xem"), bot.TextsTo(Organizer));
    }

    [Fact]
    public void A_withdrawn_comment_cannot_be_reviewed()
    {
        var comment = Seed(bot, Alice, "P05", string.Empty, CommentStatus.Withdrawn);

        bot.PressData(Organizer, $"yk:p:{comment.Id}");

        Assert.Equal([Texts.CommentReviewWithdrawn.Vi()], bot.TextsTo(Organizer));
        Assert.Same(comment, Reload(bot, comment));
        Assert.Empty(bot.Audit);
    }

    [Fact]
    public void A_review_signal_from_someone_who_is_no_organizer_is_ignored()
    {
        var comment = Seed(bot, Alice, "P05");

        bot.Send(Alice, new SignalIn(ReviewDecisions.SignalName, Bob, $"{comment.Id}|Selected"));

        Assert.Same(comment, Reload(bot, comment));
        Assert.Empty(bot.Audit);
        Assert.Empty(bot.TextsTo(Bob));
    }

    [Fact]
    public void A_review_signal_naming_another_authors_comment_changes_nothing()
    {
        var bobs = Seed(bot, Bob, "P01");

        bot.Send(Alice, new SignalIn(ReviewDecisions.SignalName, Organizer, $"{bobs.Id}|Hidden"));

        Assert.Same(bobs, Reload(bot, bobs));
        Assert.Equal([Texts.CommentGone.Vi()], bot.TextsTo(Organizer));
    }

    [Fact]
    public void An_organizer_made_by_chat_may_review()
    {
        var comment = Seed(bot, Alice, "P05");
        Member(bot, SecondOrganizer, "Phạm Văn Tổ", "BTT");
        bot.Store.Put(new Domain.Members.RoleGrant(SecondOrganizer.ToString(), Domain.Members.Role.Organizer, Organizer.ToString(), bot.Now));

        bot.PressData(SecondOrganizer, $"yk:h:{comment.Id}");

        Assert.Equal(CommentStatus.Hidden, Reload(bot, comment).Status);
        Assert.Equal(SecondOrganizer, Assert.Single(bot.Audit).By);
    }
}
