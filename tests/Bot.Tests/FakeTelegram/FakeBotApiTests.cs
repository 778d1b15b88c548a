using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FakeTelegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using TgKeyboardButton = Telegram.Bot.Types.ReplyMarkups.KeyboardButton;

namespace Bot.Tests.FakeTelegram;

public sealed partial class FakeBotApiTests : IAsyncLifetime
{
    private const long ChatId = 555_000_111;
    // Shared like a bot's single HttpClient; each test's server has its own port.
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private FakeBotApi _fake = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _bot = Client(_fake);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
    }

    private static TelegramBotClient Client(FakeBotApi fake, string? token = null, int retryThreshold = 0) =>
        new(new TelegramBotClientOptions(token ?? fake.Token, baseUrl: fake.BaseUrl) { RetryThreshold = retryThreshold }, Http);

    [Fact]
    public async Task GetMeReturnsTheBotUser()
    {
        var me = await _bot.GetMe();

        Assert.Equal(123456, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("mttq_q5_test_bot", me.Username);
        Assert.StartsWith("http://127.0.0.1:", _fake.BaseUrl, StringComparison.Ordinal);
        Assert.Equal(1, _fake.Calls("GETME"));
    }

    [Fact]
    public async Task WrongTokenGets401AndUnknownMethod404()
    {
        var wrong = Client(_fake, token: "999:WRONG-token-abcdefghijklmnopqrstuvwxyz");
        var e = await Assert.ThrowsAsync<ApiRequestException>(() => wrong.GetMe());
        Assert.Equal(401, e.ErrorCode);
        Assert.Equal("Unauthorized", e.Message);
        Assert.Equal(0, _fake.Calls("getMe"));

        using var response = await Http.PostAsync(new Uri($"{_fake.BaseUrl}/bot{_fake.Token}/sendCarrierPigeon"), null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False((bool)body["ok"]!);
        Assert.Equal(404, (int)body["error_code"]!);
    }

    [Fact]
    public async Task FormUrlencodedAndQueryParametersAreAccepted()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = "từ form",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"x","callback_data":"y"}]]}""",
        });
        using var formResponse = await Http.PostAsync(new Uri($"{_fake.BaseUrl}/bot{_fake.Token}/sendMessage"), form);
        Assert.Equal(HttpStatusCode.OK, formResponse.StatusCode);
        using var queryResponse = await Http.GetAsync(new Uri($"{_fake.BaseUrl}/bot{_fake.Token}/sendMessage?chat_id={ChatId}&text=query"));
        Assert.Equal(HttpStatusCode.OK, queryResponse.StatusCode);

        var sent = _fake.SentTo(ChatId);
        Assert.Equal(["từ form", "query"], sent.Select(m => m.Text));
        Assert.Equal("y", sent[0].Buttons.Single().CallbackData);
    }

    [Fact]
    public async Task WaitForAsyncTimesOutListingWhatTheChatGot()
    {
        await _bot.SendMessage(ChatId, "chỉ có tin này", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("A", "a")));

        var e = await Assert.ThrowsAsync<TimeoutException>(() => _fake.WaitForAsync(ChatId, m => m.Text == "khác", TimeSpan.FromMilliseconds(200)));
        Assert.Contains("chỉ có tin này", e.Message, StringComparison.Ordinal);
        Assert.Contains("A→a", e.Message, StringComparison.Ordinal);

        var later = _fake.WaitForAsync(ChatId, m => m.Text == "sau");
        await _bot.SendMessage(ChatId, "sau");
        Assert.Equal("sau", (await later).Text);
    }

    [Fact]
    public async Task ResponseDelaySlowsAnswersButNotGetUpdates()
    {
        _fake.ResponseDelay = TimeSpan.FromMilliseconds(300);

        var started = DateTimeOffset.UtcNow;
        await _bot.SendMessage(ChatId, "chậm");
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromMilliseconds(280));
        started = DateTimeOffset.UtcNow;
        await _bot.GetUpdates();
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromMilliseconds(280));
    }

    [Fact]
    public async Task TelegramBotClientPollingReceiverWorksAgainstTheFake()
    {
        using var cts = new CancellationTokenSource();
        var errors = new List<Exception>();
        _bot.StartReceiving(
            async (bot, update, ct) =>
            {
                if (update.Message is { Text: { } text } message)
                {
                    await bot.SendMessage(message.Chat.Id, "Bạn nói: " + text, cancellationToken: ct);
                }
            },
            (_, exception, _, _) =>
            {
                lock (errors)
                {
                    errors.Add(exception);
                }

                return Task.CompletedTask;
            },
            new ReceiverOptions(),
            cts.Token);

        _fake.User(ChatId).SendText("chào");
        _fake.User(ChatId + 1).SendCommand("/start");

        Assert.Equal("Bạn nói: chào", (await _fake.WaitForAsync(ChatId, m => m.Text!.StartsWith("Bạn nói", StringComparison.Ordinal))).Text);
        Assert.Equal("Bạn nói: /start", (await _fake.WaitForAsync(ChatId + 1, _ => true)).Text);
        await _fake.WaitUntilConfirmedAsync();
        await cts.CancelAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ConcurrentSendsGetUniqueIncreasingMessageIdsPerChat()
    {
        var sends = Enumerable.Range(0, 40).Select(i => _bot.SendMessage(ChatId + (i % 4), $"tin {i}"));
        var messages = await Task.WhenAll(sends);

        foreach (var chat in messages.GroupBy(m => m.Chat.Id))
        {
            Assert.Equal(Enumerable.Range(1, 10), chat.Select(m => m.Id).Order());
            Assert.Equal(_fake.SentTo(chat.Key).Select(m => m.MessageId), _fake.SentTo(chat.Key).Select(m => m.MessageId).Order());
        }

        Assert.Equal(40, _fake.AllSent.Count);
        Assert.InRange(_fake.MaxSendsInAnySecond, 10, 40); // 40 when the machine keeps up within one second
        Assert.InRange(_fake.MaxSendsToOneChatInAnySecond, 1, 10);
    }
}
