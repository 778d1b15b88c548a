using Bot.Tests.Delivery;
using Bot.Tests.Support;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Broadcast;

/// <summary>Broadcasts through the real host and the fake Bot API enforcing Telegram's limits.</summary>
[Collection(TimingCollection.Name)]
public sealed class BroadcastOverTelegramTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private FakeBotApi fake = null!;

    public async Task InitializeAsync() => fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { GlobalLimitPerSecond = 30 });

    public async Task DisposeAsync()
    {
        await fake.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_member_talking_to_the_bot_during_a_broadcast_is_answered_ahead_of_the_broadcast_queue()
    {
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, Paced());
        var members = Seed.Members(bot.Service<Bot.Storage.EntityStore>(), 240);
        var organizer = new Chat(fake, BotUnderTest.Organizer);

        await Journeys.BroadcastAsync(organizer, "Thông báo họp ngày mai lúc 8 giờ");
        await Eventually.True(() => fake.SentTo(members[^1]).Count + fake.SentTo(members[0]).Count > 0);
        var asking = new Chat(fake, members[^1]);
        var reply = await asking.Say("/help", m => m.Text!.Contains("Các lệnh", StringComparison.Ordinal));

        var report = await organizer.Next(m => m.Text!.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(40));
        // Paced at 30 a second, 240 notices take 8 s: a reply queued behind them would come after
        // nearly all of them. Counted on the fake's clock, not the test's, so a busy machine cannot fake it.
        var noticesAfterReply = members.Count(id => fake.SentTo(id).Any(m => m.Text == "Thông báo họp ngày mai lúc 8 giờ" && m.At > reply.At));
        Assert.True(noticesAfterReply >= 60, $"Only {noticesAfterReply} notices were still to go when the reply was sent.");
        Assert.Contains("Đã gửi: 240", report.Text, StringComparison.Ordinal);
        Assert.All(members, id => Assert.Single(fake.SentTo(id), m => m.Text == "Thông báo họp ngày mai lúc 8 giờ"));
        Assert.Equal(0, fake.TooManyRequests);
        Assert.Contains(fake.SentTo(BotUnderTest.Organizer), m => m.Method == "editMessageText" && m.Text!.Contains("240/240", StringComparison.Ordinal));
        Assert.NotNull(reply);
    }

    [Fact]
    public async Task A_member_who_blocked_the_bot_is_listed_in_the_report_and_skipped_by_the_next_broadcast()
    {
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath);
        var members = Seed.Members(bot.Service<Bot.Storage.EntityStore>(), 5);
        fake.Block(members[2]);
        var organizer = new Chat(fake, BotUnderTest.Organizer);

        await Journeys.BroadcastAsync(organizer, "Lần một");
        var first = await organizer.Next(m => m.Text!.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var list = await organizer.Next(m => m.Text!.StartsWith(Texts.NoticeUnreachableList.Vi.Split('{')[0], StringComparison.Ordinal));
        var callsBefore = fake.Calls("sendMessage");
        await Journeys.BroadcastAsync(organizer, "Lần hai");
        var second = await organizer.Next(m => m.Text!.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        // The list of who blocked the bot follows the report; counted only once it is there.
        await organizer.Next(m => m.Text!.StartsWith(Texts.NoticeUnreachableList.Vi.Split('{')[0], StringComparison.Ordinal));

        Assert.Contains(Texts.NoticeReport.For(Lang.Vi, 0, 0, 0, 0, 4, 0, 1, 0).ToPlain().Split('\n')[^1].Split(" · Đã hủy")[0], first.Text, StringComparison.Ordinal);
        Assert.Contains("Thành Viên", list.Text, StringComparison.Ordinal);
        Assert.Contains(Texts.NoticeReport.For(Lang.Vi, 0, 0, 0, 0, 0, 0, 1, 0).ToPlain().Split(" · ")[^2], second.Text, StringComparison.Ordinal);
        // The second broadcast: 4 members, and to the organizer the composing steps (3), the preview (3),
        // the progress, the report and the list; nothing to the blocked one.
        Assert.DoesNotContain(fake.SentTo(members[2]), m => m.Text == "Lần hai");
        Assert.True(fake.Calls("sendMessage") - callsBefore <= 4 + 9, "the blocked member was tried again");
    }

    [Fact]
    public async Task Stopping_a_broadcast_leaves_the_rest_unsent_and_the_report_counts_them()
    {
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, Paced());
        var members = Seed.Members(bot.Service<Bot.Storage.EntityStore>(), 150);
        var organizer = new Chat(fake, BotUnderTest.Organizer);
        await Journeys.BroadcastAsync(organizer, "Sẽ dừng giữa chừng");
        await Eventually.True(() => members.Sum(id => fake.SentTo(id).Count) >= 20);

        await organizer.Say("/huythongbao", m => m.Buttons.Any());
        await organizer.Press(organizer.Received.Last().Buttons.First().CallbackData!, m => m.Text!.Contains("Đã dừng", StringComparison.Ordinal));
        var report = await organizer.Next(m => m.Text!.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        var delivered = members.Sum(id => fake.SentTo(id).Count);
        Assert.InRange(delivered, 20, 149);
        Assert.Contains($"Đã gửi: {delivered}", report.Text, StringComparison.Ordinal);
        Assert.Contains($"Đã hủy: {150 - delivered}", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_restart_the_progress_still_counts_what_was_sent_before_it()
    {
        var members = new List<long>();
        var organizer = new Chat(fake, BotUnderTest.Organizer);
        int before;
        await using (var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, Paced()))
        {
            members.AddRange(Seed.Members(bot.Service<Bot.Storage.EntityStore>(), 120));
            await Journeys.BroadcastAsync(organizer, "Gửi qua một lần khởi động lại");
            await Eventually.True(() => members.Sum(id => fake.SentTo(id).Count) >= 40);
        }

        before = members.Sum(id => fake.SentTo(id).Count);
        var editsBefore = fake.SentTo(BotUnderTest.Organizer).Count(m => m.Method == "editMessageText");
        await using (var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, Paced()))
        {
            var report = await organizer.Next(m => m.Text!.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(40));
            Assert.Contains("Đã gửi: 120", report.Text, StringComparison.Ordinal);
        }

        // Each progress line after the restart counts every copy delivered by then, those of before
        // the restart included (less the few whose sent mark was still being stored).
        var delivered = members.SelectMany(id => fake.SentTo(id)).Select(m => m.At).Order().ToList();
        var edits = fake.SentTo(BotUnderTest.Organizer).Where(m => m.Method == "editMessageText").Skip(editsBefore).ToList();
        Assert.NotEmpty(edits);
        foreach (var edit in edits)
        {
            var shown = int.Parse(System.Text.RegularExpressions.Regex.Match(edit.Text!, @"đã gửi (\d+)/120").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var deliveredBy = delivered.Count(at => at <= edit.At);
            Assert.InRange(shown, Math.Max(before, deliveredBy - 20), deliveredBy);
        }

        Assert.All(members, id => Assert.Single(fake.SentTo(id), m => m.Text == "Gửi qua một lần khởi động lại"));
    }

    private static Dictionary<string, string?> Paced() => new()
    {
        ["Telegram:GlobalPerSecond"] = "30",
    };
}
