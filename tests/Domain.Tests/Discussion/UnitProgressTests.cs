using Domain.Conversations;
using Domain.Discussion;
using Domain.Members;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Discussion.Commenting;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Discussion;

/// <summary>Which of the 14 wards and other units have sent comments, and the reminder to those that have not.</summary>
public sealed class UnitProgressTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;
    private static readonly UserKey Dung = new("tg", "104");
    private static readonly UserKey Em = new("tg", "105");
    private static readonly UserKey Giang = new("tg", "106");

    private readonly ConversationDriver bot = Driver();

    public UnitProgressTests()
    {
        Member(bot, Alice, "Nguyễn Thị Hoa", "P05");
        Member(bot, Bob, "Trần Văn Bình", "P01");
        Member(bot, Carol, "Lê Thị Cúc", "HPN");
        Member(bot, Dung, "Phạm Văn Dũng", "P01");
        Member(bot, Em, "Võ Thị Em", "P02", MemberStatus.Pending);
        Member(bot, Giang, "Đỗ Văn Giang", "P03");
        Submit(bot, Alice);
        Seed(bot, Giang, "P03", string.Empty, CommentStatus.Withdrawn);
    }

    [Fact]
    public void Every_ward_is_listed_with_whether_it_has_sent_comments_and_other_units_with_members()
    {
        bot.PressData(Organizer, $"yk:un:{Key}");

        var reply = Assert.Single(bot.Replies(Organizer).OfType<TextOut>());
        var lines = reply.Text.Value.Split('\n');
        Assert.Equal(Texts.CommentUnitsHeader.Vi(Meeting.Title), lines[0]);
        Assert.Equal(17, lines.Length);
        Assert.Equal(Texts.CommentUnitsTotal.Vi(1, 15), lines[16]);
        for (var ward = 1; ward <= 14; ward++)
        {
            var name = $"Phường {ward}";
            var expected = ward switch
            {
                5 => Texts.CommentUnitSubmitted.Vi(name, 1),
                1 or 3 => Texts.CommentUnitMissing.Vi(name),
                _ => Texts.CommentUnitNotOnBot.Vi(name),
            };
            Assert.Equal(expected, lines[ward]);
        }

        Assert.Equal(Texts.CommentUnitMissing.Vi("Hội Liên hiệp Phụ nữ"), lines[15]);
        Assert.DoesNotContain("Ban Thường trực", reply.Text.Value, StringComparison.Ordinal);
        Assert.Equal(["🔔 Nhắc 14 đơn vị chưa gửi", "← Ý kiến"], reply.AllButtons().Select(b => b.Label));
    }

    [Fact]
    public void The_total_counts_units_that_have_sent_against_all_listed()
    {
        Seed(bot, Carol, "HPN");

        bot.PressData(Organizer, $"yk:un:{Key}");

        Assert.EndsWith(Texts.CommentUnitsTotal.Vi(2, 15), bot.TextsTo(Organizer)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_reminder_goes_as_a_tagged_bulk_notice_only_to_approved_members_of_units_that_have_sent_nothing()
    {
        bot.PressData(Organizer, $"yk:un:{Key}");
        var turns = bot.Turns.Count;

        bot.Press(Organizer, "🔔 Nhắc 14 đơn vị chưa gửi");

        var changes = bot.Turns[turns].Changes;
        var reminders = changes.Deliveries.Where(d => d.Priority == Priority.Bulk).ToList();
        Assert.Equal(new HashSet<UserKey> { Bob, Dung, Giang, Carol }, reminders.Select(d => d.To).ToHashSet());
        Assert.Equal(4, reminders.Count);
        var notice = Assert.Single(changes.Upserts.OfType<Notice>());
        Assert.All(reminders, d => Assert.Equal(notice.Tag, d.Tag));
        Assert.Equal(reminders.Select(d => d.To.ToString()).Order(), notice.Recipients.Order());
        Assert.Equal(Organizer.ToString(), notice.CreatedBy);
        var toBob = Assert.IsType<TextOut>(reminders.First(d => d.To == Bob).Message);
        Assert.Equal(Texts.CommentReminder.Vi("Phường 1", Meeting.Title, Domain.Events.MeetingFormat.Inline(Meeting.StartsAt, Meetings.Saigon, Lang.Vi)), toBob.Text.Value);
        Brackets.NotNested(toBob.Text.Value);
        Assert.Equal([new Button("✍️ Gửi ý kiến mới", $"gy:new:{Key}")], toBob.AllButtons());
        Assert.DoesNotContain(reminders, d => d.To == Alice || d.To == Em);
        Assert.Equal(new AuditEntry(bot.Now, Organizer, "comments.reminded", Meeting.Id, "units:3;members:4"), Assert.Single(changes.Audit));
        var told = bot.TextsTo(Organizer);
        Assert.Contains(Texts.CommentRemindSent.Vi(4, 3), told);
        Assert.Contains(Texts.CommentRemindUnreachable.Vi(11), told);
        Assert.Contains(changes.Deliveries, d => d.To == Organizer && d.Tag == Notice.ProgressTagFor(notice.Id));
    }

    [Fact]
    public void The_reminders_button_starts_the_comment_for_its_meeting()
    {
        bot.PressData(Organizer, $"yk:rm:{Key}");

        bot.Press(Bob, "✍️ Gửi ý kiến mới");

        Assert.Equal(Texts.AskCommentTopic.Vi(Meeting.Title), bot.TextsTo(Bob)[^1]);
    }

    [Fact]
    public void When_every_unit_has_sent_there_is_nobody_to_remind()
    {
        var everyone = Driver();
        Member(everyone, Alice, "Nguyễn Thị Hoa", "P05");
        for (var ward = 1; ward <= 14; ward++)
        {
            Seed(everyone, new UserKey("tg", $"50{ward}"), $"P{ward:00}");
        }

        everyone.PressData(Organizer, $"yk:rm:{Key}");

        Assert.Equal([Texts.CommentRemindNothing.Vi()], everyone.TextsTo(Organizer));
        Assert.Empty(everyone.Audit);
    }

    [Fact]
    public void After_the_start_there_is_no_reminder()
    {
        bot.Now = Meetings.Start;
        bot.PressData(Organizer, $"yk:un:{Key}");
        Assert.DoesNotContain(bot.LastWithButtons(Organizer)!.AllButtons(), b => b.Label.StartsWith("🔔", StringComparison.Ordinal));

        bot.PressData(Organizer, $"yk:rm:{Key}");

        Assert.Equal(Texts.CommentsClosed.Vi(Meetings.When(Meetings.Start)), bot.TextsTo(Organizer)[^1]);
        Assert.DoesNotContain(bot.Turns[^1].Changes.Deliveries, d => d.Priority == Priority.Bulk);
    }
}
