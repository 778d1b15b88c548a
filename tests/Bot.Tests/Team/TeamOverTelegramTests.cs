using System.IO.Compression;
using Bot.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Team;

/// <summary>/totuyentruyen and /maqr over the fake Bot API: real client, real data file, files read back.</summary>
public sealed class TeamOverTelegramTests : OverFakeTelegram
{
    [Fact]
    public async Task The_organizer_gets_the_roster_of_approved_members_and_a_member_gets_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var member = new Chat(Fake, 911);
        var pending = new Chat(Fake, 912);
        await Journeys.RegisterAsync(member, "Trương Thị Hạnh", "0903111222", "Phường 8", "Ủy viên");
        await Journeys.ApproveAsync(organizer, "Trương Thị Hạnh");
        await Journeys.RegisterAsync(pending, "Lâm Văn Chờ", "0903111333", "Phường 5", "Tổ trưởng");
        await organizer.Next(m => m.Text!.Contains("Lâm Văn Chờ", StringComparison.Ordinal));

        var refused = await member.Say("/totuyentruyen", m => m.Text == Texts.NotAllowed.Vi);
        Assert.Equal("sendMessage", refused.Method);

        var xlsx = await organizer.Say("/totuyentruyen", m => m.Method == "sendDocument");
        var csv = await organizer.Next(m => m.Method == "sendDocument");
        Assert.Matches(@"^to-tuyen-truyen-vien-\d{4}-\d{2}-\d{2}\.xlsx$", xlsx.DocumentFileName);
        Assert.EndsWith(".csv", csv.DocumentFileName, StringComparison.Ordinal);
        Assert.Contains("Danh sách thành viên", xlsx.Text, StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx.DocumentContent!), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var texts = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.InnerText;
        Assert.Contains("Trương Thị Hạnh", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("Lâm Văn Chờ", texts, StringComparison.Ordinal);
        Assert.Contains("Ra mắt".ToLowerInvariant(), texts.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.DoesNotContain("0903111222", System.Text.Encoding.UTF8.GetString(csv.DocumentContent!), StringComparison.Ordinal);
        Assert.DoesNotContain(member.Received, m => m.Method == "sendDocument");
    }

    [Fact]
    public async Task The_qr_sheet_carries_the_bots_own_link_and_scanning_it_starts_registration_with_the_unit()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var stranger = new Chat(Fake, 913);

        await stranger.Say("/maqr", m => m.Text == Texts.NotAllowed.Vi);
        var sheet = await organizer.Say("/maqr", m => m.Method == "sendDocument");
        var zip = await organizer.Next(m => m.Method == "sendDocument");

        Assert.Equal("ma-qr-dang-ky.docx", sheet.DocumentFileName);
        using (var document = WordprocessingDocument.Open(new MemoryStream(sheet.DocumentContent!), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            Assert.Contains("P05", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        }

        using var archive = new ZipArchive(new MemoryStream(zip.DocumentContent!), ZipArchiveMode.Read);
        var entry = archive.GetEntry("P05.png")!;
        using var png = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(png);
        }

        var link = QrDecoder.Decode(png.ToArray());
        Assert.Equal("https://t.me/mttq_q5_test_bot?start=P05", link);
        Assert.DoesNotContain(organizer.Received, m => m.Text?.StartsWith(Texts.QrWithoutTelegram.Vi[..30], StringComparison.Ordinal) == true);

        // Telegram opens the link as /start with the payload.
        await stranger.Say("/start " + link!.Split('=')[1], m => m.Buttons.Any());
        await stranger.Press("Đồng ý");
        await stranger.Say("Đặng Văn Quét");
        var asked = await stranger.Say("0903111444", m => m.Text == Texts.AskPosition.Vi);
        Assert.Empty(asked.Buttons);
        await stranger.Say("Tổ viên", m => m.Buttons.Any());
        var review = stranger.Received.Last(m => m.Buttons.Any());
        Assert.Contains("Phường 5", review.Text, StringComparison.Ordinal);

        var one = await organizer.Say("/maqr P05", m => m.Method == "sendPhoto");
        Assert.Equal(link, QrDecoder.Decode(one.DocumentContent!));
        Assert.Contains(link, one.Text, StringComparison.Ordinal);
    }
}
