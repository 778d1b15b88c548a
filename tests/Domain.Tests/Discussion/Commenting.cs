using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Users;

namespace Domain.Tests.Discussion;

/// <summary>The meeting and helpers of the discussion tests: a conference with two content items, in Ho Chi Minh time.</summary>
internal static class Commenting
{
    public const string FirstTopic = "Đánh giá hiệu quả các trang mạng xã hội";
    public const string SecondTopic = "Ra mắt Tổ tuyên truyền viên";
    public const string SampleText = "Phường 5 đề nghị tăng cường tuyên truyền qua Zalo của khu phố.";

    public static Meeting Meeting { get; } = Meetings.Sample() with { Contents = [FirstTopic, SecondTopic] };

    public static string Key => Comment.MeetingKey(Meeting.Id);

    /// <summary>A driver on 1/4/2027, before the meeting, with the meeting in the store.</summary>
    public static ConversationDriver Driver()
    {
        var bot = Meetings.Driver();
        bot.Now = Meetings.Local(2027, 4, 1, 9, 0);
        bot.Store.Put(Meeting);
        return bot;
    }

    /// <summary>Writes a comment by chat: /gopy, topic, text, speak or not, send.</summary>
    public static Comment Submit(ConversationDriver bot, UserKey user, string text = SampleText, string topic = FirstTopic, bool speak = true)
    {
        ArgumentNullException.ThrowIfNull(bot);
        bot.Command(user, "/gopy");
        if (bot.SessionOf(user)?.Flow != CommentFlow.FlowName)
        {
            bot.Press(user, "✍️ Gửi ý kiến mới");
        }

        bot.Press(user, topic);
        bot.Text(user, text);
        bot.Press(user, speak ? "🎤 Có, đăng ký phát biểu" : "Không, chỉ gửi ý kiến");
        bot.Press(user, "Gửi");
        return Of(bot, user).OrderBy(c => c.SubmittedAt).Last();
    }

    /// <summary>Puts a comment straight into the store.</summary>
    public static Comment Seed(ConversationDriver bot, UserKey user, string unitCode, string text = SampleText, CommentStatus status = CommentStatus.New, string? topic = FirstTopic, DateTimeOffset? at = null, string? meetingId = null)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var when = at ?? bot.Now;
        var comment = new Comment
        {
            Id = Comment.NewId(meetingId ?? Meeting.Id, user.ToString(), when),
            MeetingId = meetingId ?? Meeting.Id,
            MemberId = user.ToString(),
            UnitCode = unitCode,
            Topic = topic,
            Text = text,
            WantsToSpeak = true,
            Status = status,
            SubmittedAt = when,
            SelectedAt = status == CommentStatus.Selected ? when : null,
            History = [new CommentVersion(when, topic, text, true)],
        };
        bot.Store.Put(comment);
        return comment;
    }

    public static IReadOnlyList<Comment> Of(ConversationDriver bot, UserKey user)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return bot.Store.All<Comment>().Where(c => c.MemberId == user.ToString()).ToList();
    }

    public static Comment Reload(ConversationDriver bot, Comment comment)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(comment);
        return bot.Store.Find<Comment>(comment.Id)!;
    }

    public static Member Member(ConversationDriver bot, UserKey user, string name, string unitCode, MemberStatus status = MemberStatus.Approved) =>
        Meetings.AddMember(bot, user, name, unitCode, "+849" + user.Id.PadLeft(8, '0'), status);

    /// <summary>Every button the bot has shown anyone so far.</summary>
    public static IEnumerable<Button> AllButtons(ConversationDriver bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return bot.Turns.SelectMany(t => t.Changes.Deliveries).Select(d => d.Message).OfType<TextOut>().SelectMany(t => t.Buttons.SelectMany(r => r));
    }
}
