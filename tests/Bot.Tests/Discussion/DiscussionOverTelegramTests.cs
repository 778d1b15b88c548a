using System.Text;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Discussion;
using Domain.Events;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Discussion;

/// <summary>The discussion feature through the real host, the real Telegram.Bot client and the fake Bot API.</summary>
public sealed class DiscussionOverTelegramTests : OverFakeTelegram
{
    [Fact]
    public async Task A_member_sends_a_comment_and_an_organizer_chooses_it_to_speak_and_exports_it()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var member = new Chat(Fake, 911);
        var stranger = new Chat(Fake, 912);
        await Journeys.RegisterAsync(member, "Trương Thị Hạnh", "0903111222", "Phường 8", "Ủy viên");
        await Journeys.ApproveAsync(organizer, "Trương Thị Hạnh");
        await member.Next(m => m.Text!.Contains("đã duyệt", StringComparison.Ordinal));
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.Year + 1, 4, 27, 8, 0, 0, TimeSpan.FromHours(7));
        bot.Service<EntityStore>().Put(new Meeting
        {
            Id = "hn-thao-luan",
            Title = "Hội nghị tuyên truyền viên",
            StartsAt = start,
            RsvpDeadline = start.AddDays(-2),
            Venue = new Venue("Hội trường", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656),
            Contents = ["Đánh giá trang mạng xã hội", "Ra mắt Tổ tuyên truyền viên"],
        });

        var topics = await member.Say("/gopy", m => m.Buttons.Any());
        Assert.Contains(Texts.AskCommentTopic.Vi.Split('\n')[1], topics.Text, StringComparison.Ordinal);
        Assert.Equal("HTML", topics.ParseMode?.ToUpperInvariant());
        await member.Press("Ra mắt Tổ tuyên truyền viên");
        const string comment = "Đề nghị Tổ tuyên truyền viên họp giao ban mỗi tháng & báo cáo <kết quả>.";
        await member.Say(comment, m => m.Buttons.Any());
        var preview = await member.Press("🎤 Có, đăng ký phát biểu", m => m.Buttons.Any(b => b.Text == "Gửi"));
        Assert.Contains(Html.EscapeText(comment), preview.Text, StringComparison.Ordinal);
        Assert.All(Fake.SentTo(member.Id).SelectMany(m => m.Buttons), b => Assert.True(Encoding.UTF8.GetByteCount(b.CallbackData ?? string.Empty) <= 64));
        var sent = await member.Press("Gửi");
        Assert.Contains("Đã gửi ý kiến", sent.Text, StringComparison.Ordinal);

        var refused = await stranger.Say("/ykien");
        Assert.Contains("không có quyền", refused.Text, StringComparison.Ordinal);

        organizer.User.SendText("/ykien");
        var card = await organizer.Next(m => m.Text!.Contains(Html.EscapeText(comment), StringComparison.Ordinal));
        Assert.Contains("Trương Thị Hạnh – Phường 8", card.Text, StringComparison.Ordinal);
        Assert.Equal(["Đã xem", "Ẩn", "Chọn phát biểu"], card.InlineKeyboard[0].Select(b => b.Text));
        await organizer.Press("Chọn phát biểu", m => m.Text!.Contains("Chọn phát biểu.", StringComparison.Ordinal));
        var told = await member.Next(m => m.Text!.Contains("🎤", StringComparison.Ordinal));
        Assert.Contains("Ra mắt Tổ tuyên truyền viên", told.Text, StringComparison.Ordinal);

        var speakers = await organizer.Press("🎤 Danh sách phát biểu", m => m.Text!.Contains("Danh sách phát biểu", StringComparison.Ordinal));
        Assert.Contains("1. Trương Thị Hạnh (Phường 8) – Ra mắt Tổ tuyên truyền viên", speakers.Text, StringComparison.Ordinal);
        await organizer.Press("← Ý kiến", m => m.Buttons.Any(b => b.Text == "📥 Xuất XLSX, CSV"));
        var xlsx = await organizer.Press("📥 Xuất XLSX, CSV", m => m.Method == "sendDocument");
        Assert.Equal("hn-thao-luan-y-kien.xlsx", xlsx.DocumentFileName);
        var csv = await organizer.Next(m => m.Method == "sendDocument");
        Assert.Equal("hn-thao-luan-y-kien.csv", csv.DocumentFileName);
        var text = Encoding.UTF8.GetString(csv.DocumentContent!);
        Assert.StartsWith("\uFEFFĐơn vị,", text, StringComparison.Ordinal);
        Assert.Contains(comment.Replace("\"", "\"\"", StringComparison.Ordinal), text, StringComparison.Ordinal);

        var stored = Assert.Single(bot.Service<EntityStore>().All<Comment>());
        Assert.Equal((CommentStatus.Selected, comment), (stored.Status, stored.Text));
    }
}
