using Bot.Hosting;
using Bot.Tests.Support;
using Domain.Text;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.ConsoleChannel;

/// <summary>The offline console channel, driven by a script as `printf ... | dotnet run --project Bot -- console` would.</summary>
public sealed class ConsoleChatTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Start_prints_the_greeting_and_numbered_choices()
    {
        var transcript = await RunAsync("/start\n");

        Assert.Contains("bot → 1001: Xin chào!", transcript, StringComparison.Ordinal);
        Assert.Contains("[1] Đồng ý  [2] Không đồng ý", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_registers_and_the_console_organizer_approves_them()
    {
        var transcript = await RunAsync(
            """
            !as 2002 Nguyễn Văn B
            /start
            1
            Nguyễn Văn Bình
            !contact +84912345678
            5
            Phó Chủ tịch
            1
            !as 1001
            /choduyet
            1
            1
            !as 2002
            /start
            !quit
            """);

        Assert.Contains("bot → 1001: Đăng ký mới\nNguyễn Văn Bình\nPhường 5\nPhó Chủ tịch", transcript, StringComparison.Ordinal);
        Assert.Contains("bot → 2002: " + Texts.YouWereApproved.Vi.Split(". ")[0], transcript, StringComparison.Ordinal);
        Assert.Contains("bot → 1001: ✅ Đã duyệt: Nguyễn Văn Bình", transcript, StringComparison.Ordinal);
        Assert.Contains("bot → 2002: " + Texts.MemberMenu.For(Lang.Vi, "Nguyễn Văn Bình", "Phường 5", new Domain.Conversations.Organization().TeamName.Vi, Domain.Conversations.Basics.HelpCommand.MemberSection(Lang.Vi)).ToPlain().Split('\n')[0], transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_elses_contact_and_a_typo_are_asked_again_and_cancel_saves_nothing()
    {
        var transcript = await RunAsync(
            """
            /start
            1
            Trần 3 Thị
            Trần Thị Ba
            !contact
            090123
            Hủy
            /hoso
            """);

        Assert.Contains("Họ tên chỉ gồm chữ cái", transcript, StringComparison.Ordinal);
        Assert.Contains("Số điện thoại chưa đúng", transcript, StringComparison.Ordinal);
        Assert.Contains("Đã hủy. Không có gì được lưu.", transcript, StringComparison.Ordinal);
        Assert.Contains(Texts.NotRegistered.Vi, transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_state_survives_a_restart_of_the_console()
    {
        await RunAsync("/start\n1\nLê Văn Tám\n");

        var transcript = await RunAsync("0933444555\n");

        Assert.Contains(Texts.AskUnit.Vi, transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_numbered_choices_shown_before_a_restart_still_answer_after_it()
    {
        await RunAsync("/start\n");

        var transcript = await RunAsync("1\n");

        Assert.Contains("bot → 1001: " + Texts.AskName.Vi, transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_switch_answers_in_English()
    {
        var transcript = await RunAsync("/lang\n2\n/help\n");

        Assert.Contains("bot → 1001: Language set to English.", transcript, StringComparison.Ordinal);
        Assert.Contains("/hoso – See and change your profile", transcript, StringComparison.Ordinal);
        Assert.Contains("Organizer commands", transcript, StringComparison.Ordinal);
    }

    private Task<string> RunAsync(string script) => ConsoleScript.RunAsync(folder.DatabasePath, script);
}
