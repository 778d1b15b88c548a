using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Domain.Text;

namespace Bot.Tests.Guests;

/// <summary>
/// The README's console journey of a guest, the door and the sign-in sheet: the same three runs on
/// one data file, each reading what the previous one printed.
/// </summary>
public sealed partial class GuestConsoleTests : IDisposable
{
    private static readonly TimeZoneInfo Saigon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string InSaigon(TimeSpan fromNow) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow + fromNow, Saigon).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The copy's short title carries its day, "Hội nghị MXH 4/12" for a copy on 4 December.</summary>
    private static string Label(TimeSpan fromNow)
    {
        var day = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow + fromNow, Saigon);
        return string.Create(CultureInfo.InvariantCulture, $"Hội nghị MXH {day.Day}/{day.Month}");
    }

    [Fact]
    public async Task The_readme_journey_invites_answers_opens_the_door_checks_in_by_code_and_prints_the_sheet()
    {
        var label = Label(TimeSpan.FromMinutes(50));
        var invited = await ConsoleScript.RunAsync(
            folder.DatabasePath,
            $"/sukien\n1\n1\n{InSaigon(TimeSpan.FromMinutes(50))}\n6\n{InSaigon(TimeSpan.FromMinutes(40))}\n12\n1\nNguyễn Văn An | Ban Dân vận Quận ủy | Phó Trưởng ban\n");
        var token = TokenPattern().Match(invited).Value;
        Assert.Contains($"Zalo: /start {token}", invited, StringComparison.Ordinal);

        var answered = await ConsoleScript.RunAsync(folder.DatabasePath, $"!as 3001 An\n/start {token}\n1\n1\n!as 1001\n/diemdanh\n");
        Assert.Contains(Texts.FormalClosing.Plain(Lang.Vi), answered, StringComparison.Ordinal);
        Assert.DoesNotContain("Số: 27/KH-MTTQ-BTT", answered, StringComparison.Ordinal);
        Assert.Contains("bot → 3001: " + Texts.GuestRsvpAttending.For(Lang.Vi, label).ToPlain(), answered, StringComparison.Ordinal);
        var code = CodePattern().Match(answered).Groups[1].Value;
        Assert.Equal(6, code.Length);

        var day = await ConsoleScript.RunAsync(folder.DatabasePath, $"!as 3001\n/diemdanh {code}\n!as 1001\n/diemdanh\n/thongke\n/xuatds\n");
        Assert.Contains("bot → 3001: " + Texts.CheckInDone.For(Lang.Vi, "Nguyễn Văn An", label).ToPlain(), day, StringComparison.Ordinal);
        Assert.Contains("bot → 1001: " + Texts.CheckInShown.For(Lang.Vi, code).ToPlain(), day, StringComparison.Ordinal);
        Assert.Contains(Texts.StatsPresentTotal.For(Lang.Vi, 1).ToPlain(), day, StringComparison.Ordinal);
        Assert.Contains(Texts.SignInSheetCaption.For(Lang.Vi, 1).ToPlain(), day, StringComparison.Ordinal);
        var files = Path.Combine(Path.GetDirectoryName(folder.DatabasePath)!, "console-files");
        Assert.Single(Directory.GetFiles(files, "*-diem-danh.png"));
        using var sheet = SpreadsheetDocument.Open(Directory.GetFiles(files, "*-ky-ten.xlsx").Single(), false);
        Assert.Empty(new OpenXmlValidator().Validate(sheet));
        Assert.Contains("Nguyễn Văn An", sheet.WorkbookPart!.SharedStringTablePart!.SharedStringTable.InnerText, StringComparison.Ordinal);
    }

    [GeneratedRegex("g_[A-Za-z0-9]{22}")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("Mã: ([A-Z2-9]{6})")]
    private static partial Regex CodePattern();
}
