using Bot.Delivery;
using Bot.Pipeline;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Conversations;
using Domain.Notices;
using Domain.Text;
using Domain.Users;
using FakeTelegram;
using LiteDB;

namespace Bot.Tests.Delivery;

/// <summary>
/// Races between a message's failed attempt and the rest of the bot, through the real host, a
/// real data file and the fake Bot API: a stop while the message is in flight, and a long text
/// whose later part fails.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class OutboxRaceTests : IAsyncLifetime
{
    private const long Member = 70_001;
    private readonly TempFolder folder = new();
    private FakeBotApi fake = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (fake is not null)
        {
            await fake.DisposeAsync();
        }

        folder.Dispose();
    }

    [Fact]
    public async Task A_message_stopped_while_in_flight_is_not_sent_after_its_attempt_fails()
    {
        fake = await FakeBotApi.StartAsync();
        // A retry far beyond the test: on a slow machine the stop may be stored only after the failed
        // answer, and a quick retry would then send the message before the stop; a row brought back to
        // pending by the failure's bookkeeping still shows in its status below.
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, new Dictionary<string, string?> { ["Delivery:FirstBackoff"] = "00:01:00" });
        var notice = PutNotice(bot, "tb-race");
        fake.ResponseDelay = TimeSpan.FromSeconds(3);
        fake.FailNext("sendMessage", 500, chatId: Member);
        var calls = fake.Calls("sendMessage");
        var id = Queue(bot, new Domain.Conversations.Delivery(To(Member), new TextOut(new Html("Thông báo sẽ bị dừng")), Priority.Bulk, notice.Tag));
        await Eventually.True(() => fake.Calls("sendMessage") > calls, because: "the message is in flight");

        // The organizer stops the notice while the send waits for its (failing) answer.
        bot.Service<UpdatePipeline>().Accept(new InboundEnvelope(
            "stop-while-in-flight", To(BotUnderTest.Organizer), new ButtonIn($"nt:stop:{notice.Id}", null, null), DateTimeOffset.UtcNow));
        await Eventually.True(() => StatusOf(bot, id) == OutboxStatus.Cancelled, because: "the stop is stored");
        // Every answer still takes 3 s, so the message's own send meets the injected failure.
        await bot.Service<OutboxQueue>().Idle.WhenIdle();
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Empty(fake.SentTo(Member));
        Assert.Equal(OutboxStatus.Cancelled, StatusOf(bot, id));
        Assert.Equal(0, bot.Service<OutboxQueue>().CountsOf(notice.Tag)?.GetValueOrDefault(OutboxStatus.Pending) ?? 0);
    }

    [Fact]
    public async Task A_long_text_whose_later_part_is_refused_goes_on_from_that_part()
    {
        // Telegram allows one message a second to this chat: the second part meets a 429.
        fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { PerChatLimitPerSecond = 1, RetryAfterSeconds = 1 });
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath);
        var parts = LongTextParts();

        var id = Queue(bot, new Domain.Conversations.Delivery(To(Member), new TextOut(new Html(string.Join('\n', parts))), Priority.Interactive));
        await Eventually.True(() => fake.SentTo(Member).Count >= 3, TimeSpan.FromSeconds(15));
        await Eventually.True(() => StatusOf(bot, id) == OutboxStatus.Sent);

        Assert.Equal(parts, fake.SentTo(Member).Select(m => m.Text));
        Assert.True(fake.TooManyRequests > 0, "no part was refused, so nothing was tried");
    }

    [Fact]
    public async Task After_a_restart_a_long_text_goes_on_from_the_part_not_yet_accepted()
    {
        fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { PerChatLimitPerSecond = 1, RetryAfterSeconds = 3 });
        var parts = LongTextParts();
        long id;
        await using (var first = await BotUnderTest.StartAsync(fake, folder.DatabasePath))
        {
            id = Queue(first, new Domain.Conversations.Delivery(To(Member), new TextOut(new Html(string.Join('\n', parts))), Priority.Interactive));
            await Eventually.True(() => PartsOf(first, id) == 1, because: "the first part's acceptance is stored");
            await first.StopAsync();
        }

        await using var second = await BotUnderTest.StartAsync(fake, folder.DatabasePath);
        await Eventually.True(() => fake.SentTo(Member).Count >= 3, TimeSpan.FromSeconds(20));
        await Eventually.True(() => StatusOf(second, id) == OutboxStatus.Sent);

        Assert.Equal(parts, fake.SentTo(Member).Select(m => m.Text));
    }

    /// <summary>Three parts of about 4,000 characters, each over Telegram's limit when joined.</summary>
    private static string[] LongTextParts() =>
        ["Phần một " + new string('a', 4000), "Phần hai " + new string('b', 4000), "Phần ba " + new string('c', 4000)];

    private static UserKey To(long id) => new("telegram", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Notice PutNotice(BotUnderTest bot, string id)
    {
        var notice = new Notice
        {
            Id = id,
            Text = "Thông báo",
            Audience = "Tất cả thành viên",
            Recipients = [To(Member).ToString()],
            CreatedBy = To(BotUnderTest.Organizer).ToString(),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        bot.Service<EntityStore>().Put(notice);
        return notice;
    }

    /// <summary>Writes the message's outbox row as a turn would, then hands it to the sender.</summary>
    private static long Queue(BotUnderTest bot, Domain.Conversations.Delivery delivery)
    {
        var database = bot.Service<Database>();
        var created = DateTime.UtcNow;
        var id = database.InTransaction(() => database.Outbox.Insert(new BsonDocument
        {
            ["to"] = delivery.To.ToString(),
            ["prio"] = (int)delivery.Priority,
            ["json"] = StoredMessage.Json(delivery.Message),
            ["status"] = (int)OutboxStatus.Pending,
            ["attempts"] = 0,
            ["created"] = created,
            ["tag"] = delivery.Tag,
        }).AsInt64);
        bot.Service<OutboxQueue>().Add([new OutboxItem(id, delivery.To, delivery.Priority, delivery.Message, 0, delivery.Tag, created)]);
        return id;
    }

    private static OutboxStatus? StatusOf(BotUnderTest bot, long id) => bot.Service<Outbox>().StatusOf(id);

    private static int PartsOf(BotUnderTest bot, long id) =>
        bot.Service<Database>().Outbox.FindById(id) is { } doc && doc["parts"].IsNumber ? doc["parts"].AsInt32 : 0;
}
