using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Campaigns;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using Domain.Users;
using FakeTelegram;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Campaigns;

/// <summary>Retention forgets an old campaign's recipients on a real data file; its progress and month still show the same figures.</summary>
public sealed class CampaignRetentionOverTelegramTests : OverFakeTelegram
{
    private const string OldTitle = "Chia sẻ bài cũ";

    [Fact]
    public async Task An_old_campaign_forgets_its_recipients_and_still_shows_its_progress_and_month()
    {
        var now = DateTimeOffset.UtcNow;
        var members = Seed.MembersInFile(Folder.DatabasePath, 28);
        var done = members.Take(10).ToList();
        var couldNot = members.Skip(10).Take(4).ToList();
        var old = Campaign("cd-old", now.AddDays(-100), members);
        RetentionCounts swept;
        using (var database = new Database(Folder.DatabasePath, StoredEntities.Types))
        {
            var entities = new EntityStore(database);
            entities.Put(old);
            // Sent this month, still open: last month holds no campaign, so no monthly summary interrupts the chat.
            entities.Put(Campaign("cd-recent", now, members));
            foreach (var id in done)
            {
                entities.Put(CampaignAnswer.Done(null, old.Id, $"telegram:{id}", [$"https://www.facebook.com/m{id}/posts/1"], [], old.CreatedAt.AddHours(1)));
            }

            foreach (var id in couldNot)
            {
                entities.Put(CampaignAnswer.CouldNot(null, old.Id, $"telegram:{id}", "Không có mạng", old.CreatedAt.AddHours(1)));
            }

            var sweep = new RetentionSweep(database, entities, new BotSettings { Organizers = new HashSet<UserKey> { new("telegram", "9001") } }, Options.Create(new RetentionOptions()));
            swept = sweep.RunOnce(now);
            Assert.Equal(0, sweep.RunOnce(now).CampaignRecipientLists);
        }

        Assert.Equal(1, swept.CampaignRecipientLists);
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var store = bot.Service<EntityStore>();
        var stored = store.Find<Campaign>(old.Id)!;
        Assert.Empty(stored.Recipients);
        Assert.Equal(28, stored.RecipientCount());
        Assert.Equal(28, store.Find<Campaign>("cd-recent")!.Recipients.Count);

        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        await organizer.Say("/chiendich", m => m.Buttons.Any(b => b.Text == "⚪ " + OldTitle));
        var progress = await organizer.Press("⚪ " + OldTitle, m => m.Text?.Contains("<b>Tổng:</b>", StringComparison.Ordinal) == true);
        Assert.Contains(Texts.CampaignProgressTotal.For(Lang.Vi, 10, 4, 14, 28, 36).Value, progress.Text, StringComparison.Ordinal);
        for (var unit = 1; unit <= 14; unit++)
        {
            var inUnit = members.Where(id => (id % 14) + 1 == unit).ToList();
            Assert.Contains(Texts.CampaignProgressUnit.For(Lang.Vi, $"Phường {unit}", inUnit.Count(done.Contains), inUnit.Count(couldNot.Contains), inUnit.Count(id => !done.Contains(id) && !couldNot.Contains(id))).Value, progress.Text, StringComparison.Ordinal);
        }

        var zone = bot.Service<BotSettings>().TimeZone;
        var local = TimeZoneInfo.ConvertTime(old.CreatedAt, zone);
        var month = MonthlySummary.For(store, bot.Service<UnitCatalog>(), local.Year, local.Month, zone);
        Assert.Equal((10, 4, 14), (month.Units.Total.Done, month.Units.Total.CouldNot, month.Units.Total.NoAnswer));
        Assert.Equal(1, month.CampaignsWithoutMembers);
    }

    private static Campaign Campaign(string id, DateTimeOffset created, IEnumerable<long> members) => new()
    {
        Id = id,
        Title = id == "cd-old" ? OldTitle : "Chia sẻ bài mới",
        Action = "Chia sẻ",
        AudienceSpec = "all",
        AudienceText = "Tất cả thành viên",
        Recipients = members.Select(m => $"telegram:{m}").ToList(),
        Deadline = created.AddDays(3),
        CreatedBy = "telegram:9001",
        CreatedAt = created,
    };
}
