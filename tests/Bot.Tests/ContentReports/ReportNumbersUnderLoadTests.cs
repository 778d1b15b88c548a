using System.Text;
using Bot.Files;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.ContentReports;
using Domain.Conversations;
using Domain.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FakeTelegram;

namespace Bot.Tests.ContentReports;

/// <summary>
/// Many members pressing Gửi at the same moment: every report gets its own number, in a row, and
/// every repeat of one link is counted on one first report; the export holds them all.
/// </summary>
public sealed class ReportNumbersUnderLoadTests : OverFakeTelegram
{
    private const int Members = 40;
    private const string SharedLink = "https://www.tiktok.com/@kenh/video/777";

    [Fact]
    public async Task Forty_members_sending_at_once_get_forty_numbers_in_a_row_and_repeats_are_counted_once()
    {
        var ids = Seed.MembersInFile(Folder.DatabasePath, Members);
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, new Dictionary<string, string?> { ["Flood:Burst"] = "1000" });
        var store = bot.Service<EntityStore>();
        var chats = ids.Select(id => new Chat(Fake, id)).ToList();
        for (var i = 0; i < chats.Count; i++)
        {
            store.Put(Session.New(new Domain.Users.UserKey("telegram", ids[i].ToString(System.Globalization.CultureInfo.InvariantCulture)), Lang.Vi)
                .Enter(ReportFlow.FlowName, nameof(ReportMachine.State.Place))
                .Set(ReportActions.NonceKey, "abc123")
                .Set(ReportMachine.LinkKey, i % 4 == 0 ? SharedLink : $"https://example.vn/bai-{i}")
                .Set(ReportMachine.PlatformKey, nameof(ReportPlatform.Website))
                .Set(ReportMachine.DescriptionKey, $"Bài viết số {i} xuyên tạc chính sách."));
        }

        // Each answers the last question, then all press Gửi without waiting for one another.
        var previews = await Task.WhenAll(chats.Select(c => c.Say("Nhóm Zalo khu phố", m => m.Buttons.Any())));
        for (var i = 0; i < chats.Count; i++)
        {
            chats[i].User.PressButton(previews[i], new ReportStep("abc123", ReportVerb.Send).Encode());
        }

        var answers = await Task.WhenAll(chats.Select(c => c.Next(m => m.Text!.Contains(ReportReference.Prefix, StringComparison.Ordinal), TimeSpan.FromSeconds(60))));

        var numbers = answers.Select(a => ReportReference.Parse(a.Text!.Split(ReportReference.Prefix)[1][..4])!.Value).Order().ToList();
        Assert.Equal(Enumerable.Range(1, Members), numbers);
        var reports = store.All<ContentReport>();
        Assert.Equal(Members, reports.Count);
        Assert.Equal(Members, store.Find<ReportCounter>(ReportCounter.Key)!.Last);
        var shared = reports.Where(r => r.Link == SharedLink).ToList();
        var first = Assert.Single(shared, r => r.DuplicateOf is null);
        Assert.Equal(Members / 4, first.Reports);
        Assert.All(shared.Where(r => r != first), r => Assert.Equal(first.Id, r.DuplicateOf));

        // Only the first of each group reached the organizer as a card.
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        // The cards go out through the paced outbox after the members' answers, so wait for them.
        int Cards() => organizer.Received.Count(m => m.Text?.StartsWith("🚩", StringComparison.Ordinal) == true);
        var expectedCards = Members - (Members / 4) + 1;
        for (var waited = 0; Cards() < expectedCards && waited < 600; waited++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(expectedCards, Cards());

        await organizer.Say("/phananh", m => m.Buttons.Any(b => b.Text == Texts.ReportExport.Plain(Lang.Vi)));
        var xlsx = await organizer.Press(Texts.ReportExport.Plain(Lang.Vi), m => m.Method == "sendDocument");
        var csv = await organizer.Next(m => m.Method == "sendDocument");
        Assert.Equal(("phan-anh.xlsx", "phan-anh.csv"), (xlsx.DocumentFileName, csv.DocumentFileName));
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx.DocumentContent!), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal(Members + 2, document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Count());
        var text = Encoding.UTF8.GetString(csv.DocumentContent!);
        Assert.StartsWith("\uFEFF" + ContentReportFiles.Headers[0], text, StringComparison.Ordinal);
        Assert.Contains("PA-0040", text, StringComparison.Ordinal);
    }
}
