using System.Net;
using System.Text;
using Bot.Hosting;
using Bot.Operations;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using FakeTelegram;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.Hosting;

/// <summary>
/// Telegram's webhook and what is not an update: a body that is not JSON (or not an update) gets
/// 400, which Telegram does not retry; one over 1 MB gets 413 before it is parsed; a short secret
/// stops the bot at start.
/// </summary>
public sealed class TelegramWebhookBodyTests : IAsyncLifetime
{
    private const string Secret = "telegram_webhook_secret_0123456789abcdef";
    private readonly TempFolder folder = new();
    private readonly HttpClient http = new();
    private FakeBotApi fake = null!;

    public async Task InitializeAsync() => fake = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await fake.DisposeAsync();
        folder.Dispose();
    }

    [Theory]
    [InlineData("this is not JSON")]
    [InlineData("{\"update_id\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("null")]
    [InlineData("{\"update_id\": \"not a number\"}")]
    [InlineData("{\"update_id\": 1, \"message\": {\"chat\": 5}}")]
    [InlineData("{\"update_id\": 1, \"message\": {\"date\": \"yesterday\"}}")]
    [InlineData("")]
    public async Task A_body_that_is_not_an_update_gets_400(string body)
    {
        await using var bot = await StartAsync();

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(bot, body, Secret));
    }

    [Theory]
    [InlineData("{\"update_id\": 1, \"message\": {\"message_id\": 1, \"date\": 1700000000}}")]
    [InlineData("{\"update_id\": 2, \"callback_query\": {\"id\": \"x\"}}")]
    [InlineData("{\"update_id\": 3, \"message\": {\"message_id\": 1, \"date\": 1700000000, \"chat\": {\"id\": 5, \"type\": \"private\"}}}")]
    [InlineData("{\"update_id\": 4, \"message\": {\"message_id\": 1, \"date\": 1700000000, \"chat\": {\"id\": 5, \"type\": \"private\"}, \"contact\": {}}}")]
    public async Task An_update_the_bot_does_not_read_is_taken_with_200_never_500(string body)
    {
        await using var bot = await StartAsync();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, body, Secret));
    }

    [Fact]
    public async Task A_body_over_a_megabyte_gets_413_and_the_bot_goes_on()
    {
        await using var bot = await StartAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync(bot, "{\"update_id\":1,\"x\":\"" + new string('a', WebhookBody.MaxBytes) + "\"}", Secret));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(bot, new string('a', WebhookBody.MaxBytes + 10), null));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, "{\"update_id\": 5, \"message\": {\"message_id\": 5, \"date\": 1700000000, \"chat\": {\"id\": 811, \"type\": \"private\"}, \"from\": {\"id\": 811, \"is_bot\": false, \"first_name\": \"Hoa\"}, \"text\": \"/help\"}}", Secret));
        await new Chat(fake, 811).Next();
    }

    [Fact]
    public async Task A_strangers_csv_posted_to_the_webhook_is_not_fetched()
    {
        await using var bot = await StartAsync();
        var sender = new Chat(fake, 812);
        var updateId = sender.User.SendDocument("khach.csv", Encoding.UTF8.GetBytes("Trần Văn Bảy,Công an Quận 5,Trưởng ban\n"));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, fake.UpdateJson(updateId).ToJsonString(), Secret));

        await sender.Next(m => m.Text == Domain.Text.Texts.OnlyText.For(Domain.Text.Lang.Vi).Value);
        Assert.Empty(fake.Downloads);
    }

    [Fact]
    public async Task A_csv_the_guest_desk_waits_for_is_fetched_before_it_is_taken()
    {
        await using var bot = await StartAsync();
        var start = DateTimeOffset.UtcNow.AddDays(3);
        var store = bot.Service<EntityStore>();
        store.Put(new Meeting { Id = "hn-web", Title = "Hội nghị", StartsAt = start, RsvpDeadline = start.AddDays(-1), Venue = new Venue("Hội trường", "118 Ngô Quyền", 10.7578, 106.6656) });
        var organizer = new Chat(fake, BotUnderTest.Organizer);
        store.Put(Session.New(Bot.Telegram.UpdateMapper.Key(BotUnderTest.Organizer), Domain.Text.Lang.Vi)
            .Enter(GuestDesk.FlowName, GuestDeskMachine.State.Import).Set("meeting", "hn-web"));
        var updateId = organizer.User.SendDocument("khach.csv", Encoding.UTF8.GetBytes("Trần Văn Bảy,Công an Quận 5,Trưởng ban,\n"));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, fake.UpdateJson(updateId).ToJsonString(), Secret));

        await organizer.Next(m => m.Method == "sendDocument");
        Assert.Single(fake.Downloads);
        Assert.Single(store.All<Guest>());
    }

    [Theory]
    [InlineData("short_secret_8")]
    [InlineData("a_secret_of_31_characters_xxxxx")]
    public async Task A_webhook_secret_shorter_than_32_characters_is_refused_at_start_with_one_sentence(string secret)
    {
        using var errors = new StringWriter();
        var settings = BotUnderTest.Settings(fake, folder.DatabasePath);
        settings["Telegram:Mode"] = "webhook";
        settings["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/webhook";
        settings["Telegram:WebhookSecret"] = secret;

        var exit = await BotHost.RunAsync([], TextReader.Null, TextWriter.Null, errors, builder => builder.Configuration.AddInMemoryCollection(settings));

        Assert.Equal(2, exit);
        var sentence = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Telegram__WebhookSecret", sentence, StringComparison.Ordinal);
        Assert.Contains("32", sentence, StringComparison.Ordinal);
        Assert.Null(fake.WebhookUrl);
    }

    private async Task<BotUnderTest> StartAsync()
    {
        var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/webhook",
            ["Telegram:WebhookSecret"] = Secret,
        });
        await Eventually.True(() => fake.WebhookUrl is not null);
        return bot;
    }

    private async Task<HttpStatusCode> PostAsync(BotUnderTest bot, string body, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot.Service<HttpEndpoint>().Address!, Bot.Telegram.TelegramWebhook.WebhookPath))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(Bot.Telegram.TelegramWebhook.SecretHeader, secret);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
