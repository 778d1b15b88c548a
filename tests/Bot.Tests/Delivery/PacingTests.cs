using Bot.Tests.Support;
using FakeTelegram;

namespace Bot.Tests.Delivery;

/// <summary>The sender against a fake Bot API that answers 429 above Telegram's limits, as Telegram does.</summary>
[Collection(TimingCollection.Name)]
public sealed class PacingTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private FakeBotApi fake = null!;

    public async Task InitializeAsync() =>
        fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { GlobalLimitPerSecond = 30, PerChatLimitPerSecond = 3 });

    public async Task DisposeAsync()
    {
        await fake.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Replies_to_ninety_people_at_once_stay_within_thirty_per_second()
    {
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, new Dictionary<string, string?>
        {
            ["Telegram:GlobalPerSecond"] = "30",
            ["Telegram:PerChatPerSecond"] = "1",
            ["Telegram:PerChatBurst"] = "3",
        });
        var chats = Enumerable.Range(0, 90).Select(i => new Chat(fake, 20_000 + i)).ToList();

        await Task.WhenAll(chats.Select(c => c.Say("/help")));

        Assert.True(fake.TooManyRequests == 0, $"429s: {fake.TooManyRequests}, max/s {fake.MaxSendsInAnySecond}, max/chat/s {fake.MaxSendsToOneChatInAnySecond}, calls {string.Join(",", fake.AllSent.Select(m => m.Method).Distinct())}");
        Assert.True(fake.MaxSendsInAnySecond <= 30, $"{fake.MaxSendsInAnySecond} sends in one second");
    }

    [Fact]
    public async Task Several_replies_to_one_person_stay_within_the_per_chat_limit()
    {
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, new Dictionary<string, string?>
        {
            ["Telegram:PerChatPerSecond"] = "1",
            ["Telegram:PerChatBurst"] = "3",
        });
        var chat = new Chat(fake, 20_500);

        for (var i = 0; i < 6; i++)
        {
            chat.User.SendText("/help");
        }

        await Eventually.True(() => chat.Received.Count() == 6);
        Assert.True(fake.TooManyRequests == 0, $"429s: {fake.TooManyRequests}, max/s {fake.MaxSendsInAnySecond}, max/chat/s {fake.MaxSendsToOneChatInAnySecond}, calls {string.Join(",", fake.AllSent.Select(m => m.Method).Distinct())}");
        Assert.True(fake.MaxSendsToOneChatInAnySecond <= 3, $"{fake.MaxSendsToOneChatInAnySecond} sends to one chat in one second");
    }
}

/// <summary>
/// Tests that count requests per second run alone: with every other test class running beside
/// them, the machine's own jitter (not the bot) could push two paced requests into one window.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
