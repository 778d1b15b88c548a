using Domain.Conversations;
using Domain.Discussion;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Discussion.Commenting;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Discussion;

/// <summary>The export of every comment of a meeting, for organizers only.</summary>
public sealed class CommentExportTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public CommentExportTests()
    {
        Member(bot, Alice, "Nguyễn Thị Hoa", "P05");
        Member(bot, Bob, "Trần Văn Bình", "P01");
        Member(bot, Carol, "Lê Thị Cúc", "HPN");
    }

    [Fact]
    public void The_export_sends_xlsx_and_csv_with_every_comment_in_unit_order_and_audits_it()
    {
        var start = bot.Now;
        Seed(bot, Carol, "HPN", "Ý kiến của Cúc", CommentStatus.Selected, null, start.AddMinutes(1));
        Seed(bot, Alice, "P05", "=1+1 ý kiến", CommentStatus.Hidden, at: start.AddMinutes(2));
        Seed(bot, Bob, "P01", "Ý kiến của Bình", CommentStatus.Selected, SecondTopic, start.AddMinutes(3));
        Seed(bot, Bob, "P01", string.Empty, CommentStatus.Withdrawn, at: start.AddMinutes(4));
        Seed(bot, Bob, "P01", "Ý kiến hội nghị khác", meetingId: "hn-khac");

        bot.PressData(Organizer, $"yk:xp:{Key}");

        var documents = bot.Replies(Organizer).OfType<DocumentOut>().ToList();
        Assert.Equal([$"{Meeting.Id}-y-kien.xlsx", $"{Meeting.Id}-y-kien.csv"], documents.Select(d => d.FileName));
        Assert.Equal(Texts.CommentsExportCaption.For(Lang.Vi, Meeting.Title), documents[0].Caption);
        var rows = Assert.Single(bot.DiscussionFiles.Exported);
        Assert.Equal(
        [
            new CommentRow("Phường 1", "Trần Văn Bình", "Tuyên truyền viên", SecondTopic, "Ý kiến của Bình", "Có", "Chọn phát biểu", 2, start.AddMinutes(3), null),
            new CommentRow("Phường 1", "Trần Văn Bình", "Tuyên truyền viên", FirstTopic, string.Empty, "Có", "Đã rút", null, start.AddMinutes(4), null),
            new CommentRow("Phường 5", "Nguyễn Thị Hoa", "Tuyên truyền viên", FirstTopic, "=1+1 ý kiến", "Có", "Đã ẩn", null, start.AddMinutes(2), null),
            new CommentRow("Hội Liên hiệp Phụ nữ", "Lê Thị Cúc", "Tuyên truyền viên", "Nội dung khác", "Ý kiến của Cúc", "Có", "Chọn phát biểu", 1, start.AddMinutes(1), null),
        ],
        rows);
        Assert.Equal(new AuditEntry(bot.Now, Organizer, "comments.exported", Meeting.Id, "4"), Assert.Single(bot.Audit));
    }

    [Fact]
    public void The_export_of_an_erased_author_keeps_the_unit_and_says_the_data_was_deleted()
    {
        Seed(bot, new UserKey("tg", "999"), "P07");

        bot.PressData(Organizer, $"yk:xp:{Key}");

        var row = Assert.Single(Assert.Single(bot.DiscussionFiles.Exported));
        Assert.Equal(("Phường 7", "(đã xóa dữ liệu)", string.Empty), (row.UnitName, row.Author, row.Position));
    }

    [Fact]
    public void A_member_cannot_export()
    {
        Seed(bot, Bob, "P01");

        bot.PressData(Alice, $"yk:xp:{Key}");

        Assert.Empty(bot.Replies(Alice).OfType<DocumentOut>());
        Assert.Empty(bot.DiscussionFiles.Exported);
        Assert.Empty(bot.Audit);
    }
}
