using System.Globalization;
using System.Text;
using Bot.Tests.Support;
using Domain.Text;

namespace Bot.Tests.ConsoleChannel;

/// <summary>"!file path" on the console sends a local CSV with its content: the README's guest list import.</summary>
public sealed class ConsoleFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_local_csv_is_imported_and_the_links_come_back_as_a_file()
    {
        var list = Path.Combine(Path.GetDirectoryName(folder.DatabasePath)!, "khach.csv");
        await File.WriteAllTextAsync(list, "Họ và tên,Đơn vị,Chức vụ,Số điện thoại\nTrần Văn Bảy,\"Công an Quận 5, Đội 2\",Trưởng ban,0909123456\nLê Thị Tám,Trường Cao đẳng,Phó Hiệu trưởng,\nx,y,z\n", new UTF8Encoding(true));
        var saigon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        string Local(TimeSpan from) => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow + from, saigon).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

        var transcript = await ConsoleScript.RunAsync(folder.DatabasePath, $"/sukien\n1\n1\n{Local(TimeSpan.FromDays(3))}\n6\n{Local(TimeSpan.FromDays(2))}\n12\n2\n!file {list}\n!quit\n");

        Assert.Contains(Texts.GuestImportedSkipped.For(Lang.Vi, 2, "4").ToPlain(), transcript, StringComparison.Ordinal);
        var links = Assert.Single(Directory.GetFiles(Path.Combine(Path.GetDirectoryName(folder.DatabasePath)!, "console-files"), "*-thu-moi-khach.csv"));
        var text = await File.ReadAllTextAsync(links);
        Assert.Contains("Công an Quận 5, Đội 2", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("/start g_").Length - 1);
        Assert.Contains($"📎 {Path.GetFileName(links)} ({FileSize.Format(new FileInfo(links).Length, Lang.Vi)}) → ", transcript, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\(\d{4,} byte\)", transcript);
        Assert.Contains(Texts.GuestAskListOrFile.For(Lang.Vi, "1 MB").ToPlain(), transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_name_that_is_no_local_file_stays_a_stand_in()
    {
        var transcript = await ConsoleScript.RunAsync(folder.DatabasePath, "!file ke-hoach.pdf\n!quit\n");

        Assert.Contains(Texts.OnlyText.For(Lang.Vi).ToPlain(), transcript, StringComparison.Ordinal);
    }
}
