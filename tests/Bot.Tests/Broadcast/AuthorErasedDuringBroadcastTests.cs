using Bot.Storage;
using Bot.Tests.Delivery;
using Bot.Tests.Support;
using Bot.Workers;
using Domain.Notices;
using Domain.Text;
using FakeTelegram;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Broadcast;

/// <summary>
/// An organizer who is also a registered member erases their data while their broadcast is still
/// going out. The broadcast monitor is a critical service: a throw there stopped the whole bot, and
/// a restart met the same unfinished notice again. The broadcast finishes, the bot keeps running,
/// and the erased organizer gets nothing more: no progress edit, no report.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class AuthorErasedDuringBroadcastTests : IAsyncLifetime
{
    private const string Text = "Thông báo họp tổ tuyên truyền viên sáng thứ Bảy";
    private const int Recipients = 240;

    private readonly TempFolder folder = new();
    private FakeBotApi fake = null!;

    public async Task InitializeAsync() => fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { GlobalLimitPerSecond = 30 });

    public async Task DisposeAsync()
    {
        await fake.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task The_broadcast_finishes_the_bot_keeps_running_and_the_erased_organizer_gets_nothing_more()
    {
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, Paced());
        var (organizer, members) = Seed(bot.Service<EntityStore>());

        var erased = await StartAndEraseAsync(organizer, members);
        await Eventually.True(() => members.All(id => fake.SentTo(id).Any(m => m.Text == Text)), TimeSpan.FromSeconds(60));
        var notice = await FinishedNoticeAsync(bot);

        Assert.Equal(NoticeStatus.Done, notice.Status);
        Assert.Equal(Recipients, notice.Sent);
        Assert.False(bot.Service<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.Equal(0, bot.Service<ExitStatus>().Code);
        Assert.DoesNotContain(bot.Logs.Lines, m => m.Contains("failed; stopping the bot", StringComparison.Ordinal));
        Assert.DoesNotContain(fake.SentTo(organizer.Id), m => m.At > erased.At);
        Assert.Null(bot.Service<EntityStore>().Find<Domain.Conversations.Session>($"telegram:{organizer.Id}"));
        // The bot still answers.
        await new Chat(fake, members[0]).Say("/help", m => m.Text!.Contains("Các lệnh", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restart_with_the_erased_organizers_notice_unfinished_finishes_it_instead_of_stopping_again()
    {
        Chat organizer;
        IReadOnlyList<long> members;
        SentMessage erased;
        await using (var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, Paced()))
        {
            (organizer, members) = Seed(bot.Service<EntityStore>());
            erased = await StartAndEraseAsync(organizer, members);
        }

        Assert.Contains(members, id => !fake.SentTo(id).Any(m => m.Text == Text));
        await using (var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, Paced()))
        {
            var unfinished = Assert.Single(bot.Service<EntityStore>().All<Notice>());
            Assert.Null(unfinished.FinishedAt);
            await Eventually.True(() => members.All(id => fake.SentTo(id).Any(m => m.Text == Text)), TimeSpan.FromSeconds(60));
            var notice = await FinishedNoticeAsync(bot);

            Assert.Equal(NoticeStatus.Done, notice.Status);
            Assert.False(bot.Service<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
            Assert.Equal(0, bot.Service<ExitStatus>().Code);
        }

        Assert.DoesNotContain(fake.SentTo(organizer.Id), m => m.At > erased.At);
        Assert.All(members, id => Assert.Single(fake.SentTo(id), m => m.Text == Text));
    }

    /// <summary>The organizer as a registered member, and the members the broadcast goes to.</summary>
    private (Chat Organizer, IReadOnlyList<long> Members) Seed(EntityStore store)
    {
        Support.Seed.Members(store, 1, BotUnderTest.Organizer);
        return (new Chat(fake, BotUnderTest.Organizer), Support.Seed.Members(store, Recipients));
    }

    /// <summary>Sends the broadcast, and erases the organizer's data while it is still going out; returns the confirmation.</summary>
    private async Task<SentMessage> StartAndEraseAsync(Chat organizer, IReadOnlyList<long> members)
    {
        await Journeys.BroadcastAsync(organizer, Text);
        await Eventually.True(() => members.Count(id => fake.SentTo(id).Count > 0) >= 10);
        // The progress message was edited at least once: the monitor works on this notice.
        await Eventually.True(() => fake.SentTo(organizer.Id).Any(m => m.Method == "editMessageText"));
        await organizer.Say("/xoadulieu", m => m.Buttons.Any(b => b.CallbackData == "erase:yes"));
        var erased = await organizer.Press("erase:yes", m => m.RemoveKeyboard);
        Assert.Equal(Texts.Erased.For(Lang.Vi).ToPlain(), new Html(erased.Text!).ToPlain());
        Assert.Contains(members, id => !fake.SentTo(id).Any(m => m.Text == Text));
        return erased;
    }

    private static async Task<Notice> FinishedNoticeAsync(BotUnderTest bot)
    {
        var store = bot.Service<EntityStore>();
        await Eventually.True(() => store.All<Notice>().Single().FinishedAt is not null, TimeSpan.FromSeconds(30));
        var notice = store.All<Notice>().Single();
        Assert.Null(notice.Author());
        Assert.DoesNotContain($"telegram:{BotUnderTest.Organizer}", notice.Recipients);
        return notice;
    }

    private static Dictionary<string, string?> Paced() => new()
    {
        ["Telegram:GlobalPerSecond"] = "30",
        // The monitor looks often: every look at a notice whose author is gone must be survived.
        ["Delivery:ProgressInterval"] = "00:00:00.100",
    };
}
