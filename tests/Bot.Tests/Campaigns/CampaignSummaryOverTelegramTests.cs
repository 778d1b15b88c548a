using System.Text;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Campaigns;
using Domain.Text;
using FakeTelegram;
using SkiaSharp;

namespace Bot.Tests.Campaigns;

/// <summary>The month's summary asked for on Telegram: the text, the chart as a photo, the full tables as two documents.</summary>
public sealed class CampaignSummaryOverTelegramTests : OverFakeTelegram
{
    [Fact]
    public async Task The_organizer_gets_the_chart_and_the_full_tables_with_every_member()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var store = bot.Service<EntityStore>();
        var members = Seed.Members(store, 40);
        var now = DateTimeOffset.UtcNow;
        var campaign = new Campaign
        {
            Id = "cd-month",
            Title = "Chia sẻ bài tháng này",
            Action = "Chia sẻ",
            AudienceSpec = "all",
            AudienceText = "Tất cả thành viên",
            Recipients = members.Select(m => $"telegram:{m}").ToList(),
            Deadline = now.AddDays(3),
            CreatedBy = "telegram:9001",
            CreatedAt = now,
        };
        store.Put(campaign);
        foreach (var id in members.Take(25))
        {
            store.Put(CampaignAnswer.Done(null, campaign.Id, $"telegram:{id}", [$"https://www.facebook.com/m{id}/posts/1"], [], now));
        }

        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        await organizer.Say("/chiendich", m => m.Buttons.Any(b => b.Text == Texts.CampaignSummaryButton.Plain(Lang.Vi)));
        await organizer.Press(Texts.CampaignSummaryButton.Plain(Lang.Vi));
        await organizer.Next(m => m.DocumentFileName?.EndsWith(".csv", StringComparison.Ordinal) == true);

        var sent = Fake.SentTo(organizer.Id);
        var key = TimeZoneInfo.ConvertTime(now, bot.Service<Domain.Conversations.BotSettings>().TimeZone).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var png = sent.Single(m => m.DocumentFileName == $"{CampaignSummaryReport.FileStem}-{key}.png").DocumentContent!;
        using (var bitmap = SKBitmap.Decode(png))
        {
            Assert.NotNull(bitmap);
        }

        var xlsx = sent.Single(m => m.DocumentFileName == $"{CampaignSummaryReport.FileStem}-{key}.xlsx").DocumentContent!;
        Assert.Empty(CampaignXlsx.Errors(xlsx));
        var people = SummaryXlsx.Sheets(xlsx)[1].Rows.Skip(Bot.Files.CampaignSummaryWorkbook.HeaderRow).ToList();
        Assert.Equal(40, people.Count);
        Assert.Equal(25, people.Count(r => r[3].Text == "1"));
        var total = SummaryXlsx.Sheets(xlsx)[0].Rows[^1];
        Assert.Equal(["40", "25", "0", "15", "63"], total.Skip(1).Select(c => c.Text));
        var csv = sent.Single(m => m.DocumentFileName == $"{CampaignSummaryReport.FileStem}-{key}.csv").DocumentContent!;
        Assert.Equal(1 + 14 + 1 + 40, Encoding.UTF8.GetString(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
