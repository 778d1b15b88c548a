using Bot.Hosting;
using Bot.Tests.Support;
using Domain.Text;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.Discussion;

/// <summary>The discussion journey on the console channel, as `printf ... | dotnet run --project Bot -- console` would run it.</summary>
public sealed class DiscussionConsoleTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_member_sends_and_changes_a_comment_and_the_console_organizer_chooses_it_to_speak()
    {
        var year = DateTimeOffset.UtcNow.Year + 1;
        var transcript = await RunAsync(
            $"""
            /sukien
            1
            1
            08g00 27/4/{year}
            !as 2002 Lan
            /start
            1
            Lê Thị Lan
            !contact +84912345678
            5
            Ủy viên
            1
            !as 1001
            /choduyet
            1
            1
            !as 2002
            /gopy
            4
            Phường 5 đề nghị tăng cường tuyên truyền qua Zalo.
            1
            1
            /gopy
            1
            2
            2
            Phường 5 đề nghị tuyên truyền qua Zalo và fanpage.
            1
            !as 1001
            /ykien
            3
            !as 2002
            /gopy
            !quit
            """);

        Assert.Contains("bot → 2002: Hội nghị đánh giá hiệu quả", transcript, StringComparison.Ordinal);
        Assert.Contains("[6] Nội dung khác", transcript, StringComparison.Ordinal);
        Assert.Contains("bot → 2002: " + Texts.AskCommentText.Vi, transcript, StringComparison.Ordinal);
        Assert.Contains("[1] 🎤 Có, đăng ký phát biểu\n[2] Không, chỉ gửi ý kiến", transcript, StringComparison.Ordinal);
        Assert.Contains("Đăng ký phát biểu: Có\n\nPhường 5 đề nghị tăng cường tuyên truyền qua Zalo.\n[1] Gửi  [2] Sửa  [3] Hủy", transcript, StringComparison.Ordinal);
        Assert.Contains("bot → 2002: " + Texts.CommentSent.Vi, transcript, StringComparison.Ordinal);
        Assert.Contains("[1] ✏️ Sửa 1  [2] 🗑 Rút 1", transcript, StringComparison.Ordinal);
        Assert.Contains("bot → 2002: " + Texts.CommentUpdated.Vi, transcript, StringComparison.Ordinal);
        Assert.Contains("👤 Lê Thị Lan – Phường 5", transcript, StringComparison.Ordinal);
        Assert.Contains("Phường 5 đề nghị tuyên truyền qua Zalo và fanpage.\n[1] Đã xem  [2] Ẩn  [3] Chọn phát biểu", transcript, StringComparison.Ordinal);
        Assert.Contains("bot → 2002: " + Texts.YourCommentSelected.Vi.Split('(')[0], transcript, StringComparison.Ordinal);
        Assert.Contains("· 🎤 được chọn phát biểu", transcript, StringComparison.Ordinal);
    }

    private Task<string> RunAsync(string script) => ConsoleScript.RunAsync(folder.DatabasePath, script);
}
