using Bot.Tests.Support;
using Domain.Text;

namespace Bot.Tests.Team;

/// <summary>The README's console journey: a member joins by the unit's typed code, the organizer takes the roster and the QR codes.</summary>
public sealed class TeamConsoleTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_files_land_in_the_console_folder_and_the_codes_hold_the_typed_command()
    {
        var transcript = await ConsoleScript.RunAsync(
            folder.DatabasePath,
            """
            !as 2002 Lan
            /start P05
            1
            Lê Thị Lan
            !contact +84912345678
            Ủy viên
            1
            !as 2003 Bình
            /totuyentruyen
            /maqr
            !as 1001
            /choduyet
            1
            1
            /totuyentruyen
            /maqr
            /maqr P05
            !quit
            """);

        // The code chose the unit: no unit question was asked.
        Assert.DoesNotContain(Texts.AskUnit.Vi, transcript, StringComparison.Ordinal);
        Assert.Contains("Đơn vị: Phường 5", transcript, StringComparison.Ordinal);
        Assert.Contains($"bot → 2003: {Texts.NotAllowed.Vi}\nbot → 2003: {Texts.NotAllowed.Vi}", transcript, StringComparison.Ordinal);
        var files = Path.Combine(Path.GetDirectoryName(folder.DatabasePath)!, "console-files");
        var roster = Directory.GetFiles(files, "to-tuyen-truyen-vien-*.csv").Single();
        Assert.Contains("Lê Thị Lan,Ủy viên,Phường 5,Thành viên,", File.ReadAllText(roster), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(files, "ma-qr-dang-ky.docx")));
        Assert.True(File.Exists(Path.Combine(files, "ma-qr-dang-ky.zip")));
        Assert.Contains(Texts.QrWithoutTelegram.For(Lang.Vi, "/start P01").ToPlain(), transcript, StringComparison.Ordinal);
        Assert.Equal("/start P05", QrDecoder.Decode(File.ReadAllBytes(Path.Combine(files, "ma-qr-dang-ky-P05.png"))));
    }
}
