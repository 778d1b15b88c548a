using System.Text;
using Bot.Storage;
using Bot.Tests.Delivery;
using Bot.Tests.Support;
using Domain.Campaigns;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Campaigns;

/// <summary>A campaign through the real host and the fake Bot API: sent to many, answered at once, counted and exported.</summary>
[Collection(TimingCollection.Name)]
public sealed class CampaignOverTelegramTests : OverFakeTelegram
{
    private const string Title = "Chia sẻ bài Ngày hội Đại đoàn kết";
    private const string Post = "https://www.facebook.com/mttq.q5/posts/100";

    [Fact]
    public async Task Two_thousand_members_fifteen_hundred_answering_at_once_are_counted_and_exported_exactly()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var members = Seed.Members(bot.Service<EntityStore>(), 2000);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        await ComposeAsync(organizer, sendTo: Texts.AudienceAll.Plain(Lang.Vi));
        await organizer.Next(m => m.Text!.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(120));
        Assert.All(members, id => Assert.Single(Fake.SentTo(id), m => m.Buttons.Any()));

        var answering = members.Take(1500).ToList();
        await Task.WhenAll(answering.Select(id => Task.Run(() => AnswerAsync(new Chat(Fake, id), Link(id)))));

        var campaign = bot.Service<EntityStore>().All<Campaign>().Single();
        var answers = bot.Service<EntityStore>().All<CampaignAnswer>();
        Assert.Equal(1500, answers.Count);
        Assert.All(answers, a => Assert.Equal([Link(long.Parse(a.MemberId.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture))], a.Links));

        await organizer.Say("/chiendich", m => m.Buttons.Any(b => b.Text == "🟢 " + Title));
        var progress = await organizer.Press("🟢 " + Title, m => m.Text!.Contains("<b>Tổng:</b>", StringComparison.Ordinal));
        Assert.Contains(Texts.CampaignProgressTotal.For(Lang.Vi, 1500, 0, 500, 2000, 75).Value, progress.Text, StringComparison.Ordinal);
        for (var unit = 1; unit <= 14; unit++)
        {
            var inUnit = members.Where(id => (id % 14) + 1 == unit).ToList();
            var done = inUnit.Count(answering.Contains);
            Assert.Contains(Texts.CampaignProgressUnit.For(Lang.Vi, $"Phường {unit}", done, 0, inUnit.Count - done).Value + "\n", progress.Text + "\n", StringComparison.Ordinal);
        }

        await organizer.Press(Texts.CampaignExportButton.Plain(Lang.Vi));
        var csv = await organizer.Next(m => m.DocumentFileName?.EndsWith(".csv", StringComparison.Ordinal) == true);
        var xlsx = Fake.SentTo(organizer.Id).Single(m => m.DocumentFileName == $"{CampaignExport.FileStem(campaign, bot.Service<Domain.Conversations.BotSettings>().TimeZone)}.xlsx").DocumentContent!;
        Assert.Empty(CampaignXlsx.Errors(xlsx));
        var rows = CampaignXlsx.Rows(xlsx).Skip(3).ToList();
        Assert.Equal(2000, rows.Count);
        Assert.Equal(1500, rows.Count(r => r[2] == Texts.CampaignOutcomeDone.Plain(Lang.Vi) && r[3].StartsWith("https://www.facebook.com/member", StringComparison.Ordinal)));
        Assert.Equal(500, rows.Count(r => r[2] == Texts.CampaignOutcomeNone.Plain(Lang.Vi) && r[3].Length == 0));
        Assert.Equal(2001, Encoding.UTF8.GetString(csv.DocumentContent!).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_restart_halfway_through_sending_resumes_without_duplicates()
    {
        var paced = new Dictionary<string, string?> { ["Telegram:GlobalPerSecond"] = "100" };
        IReadOnlyList<long> members;
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        await using (var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, paced))
        {
            members = Seed.Members(bot.Service<EntityStore>(), 600);
            await ComposeAsync(organizer, sendTo: Texts.AudienceAll.Plain(Lang.Vi));
            await Eventually.True(() => members.Count(id => Fake.SentTo(id).Count > 0) >= 150, TimeSpan.FromSeconds(60));
        }

        var before = members.Count(id => Fake.SentTo(id).Count > 0);
        Assert.InRange(before, 150, 599);
        await using (var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, paced))
        {
            var report = await organizer.Next(m => m.Text!.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(90));
            Assert.Contains("Đã gửi: 600", report.Text, StringComparison.Ordinal);
        }

        Assert.All(members, id => Assert.Single(Fake.SentTo(id), m => m.Text!.Contains(Title, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_stranger_a_forged_press_for_another_member_and_a_press_after_the_deadline_change_nothing()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var store = bot.Service<EntityStore>();
        var members = Seed.Members(store, 2);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        await ComposeAsync(organizer, sendTo: Texts.AudienceAll.Plain(Lang.Vi));
        await Eventually.True(() => members.All(id => Fake.SentTo(id).Any(m => m.Buttons.Any())));
        var campaign = store.All<Campaign>().Single();
        var done = new AnswerButton(AnswerAction.Done, campaign.Id).Encode();

        var stranger = new Chat(Fake, 777);
        var help = await stranger.Say("/help");
        stranger.User.PressButton(help, done);
        Assert.Contains(Texts.CampaignMembersOnly.Vi, (await stranger.Next()).Text, StringComparison.Ordinal);

        var first = new Chat(Fake, members[0]);
        var message = Fake.SentTo(members[0]).Single(m => m.Buttons.Any());
        first.User.PressButton(message, $"{done}:telegram:{members[1]}");
        await first.Next(m => m.Text == Texts.ButtonExpired.Vi);

        store.Put(campaign with { Deadline = DateTimeOffset.UtcNow.AddMinutes(-1) });
        first.User.PressButton(message, done);
        await first.Next(m => m.Text == Texts.CampaignEnded.Vi);
        Assert.Empty(store.All<CampaignAnswer>());
    }

    private static string Link(long id) => $"https://www.facebook.com/member{id}/posts/1";

    private static async Task ComposeAsync(Chat organizer, string sendTo)
    {
        await organizer.Say("/chiendich");
        await organizer.Press(Texts.CampaignNew.Plain(Lang.Vi));
        await organizer.Say(Title);
        await organizer.Say(Post);
        await organizer.Press(Texts.CampaignNoPicture.Plain(Lang.Vi));
        await organizer.Say("Chia sẻ lên trang cá nhân");
        await organizer.Press(sendTo);
        await organizer.Say("3 ngày");
        await organizer.Press(Texts.CampaignProofYes.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.SendNotice.Plain(Lang.Vi)));
        await organizer.Press(Texts.SendNotice.Plain(Lang.Vi));
    }

    /// <summary>Presses ✅ and sends the link, each time waiting for the answer; 1,500 at once take a while on a shared machine.</summary>
    private static async Task AnswerAsync(Chat member, string link)
    {
        var wait = TimeSpan.FromSeconds(180);
        var campaign = member.Received.Single(m => m.Buttons.Any());
        member.User.PressButton(campaign, campaign.Buttons.Single(b => b.Text == Texts.CampaignDoneButton.Plain(Lang.Vi)).CallbackData!);
        await member.Next(null, wait);
        member.User.SendText(link);
        await member.Next(m => m.Buttons.Any(b => b.Text == Texts.CampaignProofDone.Plain(Lang.Vi)), wait);
    }
}
