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

public sealed class FakeBotApiTests : IAsyncLifetime
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
    public async Task GetUpdatesRedeliversUntilConfirmedByOffset()
    {
        var user = _fake.User(ChatId);
        Assert.Same(user, _fake.User(ChatId, "someone else"));
        var first = user.SendText("xin chào");
        var second = user.SendCommand("start", "abc");

        var updates = await _bot.GetUpdates();
        Assert.Equal([first, second], updates.Select(u => u.Id));
        var text = updates[0].Message!;
        Assert.Equal("xin chào", text.Text);
        Assert.Equal(ChatId, text.From!.Id);
        Assert.Equal("vi", text.From.LanguageCode);
        Assert.Equal(ChatType.Private, text.Chat.Type);
        var command = updates[1].Message!;
        Assert.Equal("/start abc", command.Text);
        var entity = Assert.Single(command.Entities!);
        Assert.Equal(MessageEntityType.BotCommand, entity.Type);
        Assert.Equal((0, 6), (entity.Offset, entity.Length));
        Assert.True(command.Id > text.Id);

        // Not confirmed: delivered again.
        Assert.Equal([first, second], (await _bot.GetUpdates()).Select(u => u.Id));

        // offset confirms everything below it.
        Assert.Equal([second], (await _bot.GetUpdates(offset: first + 1)).Select(u => u.Id));
        Assert.Empty(await _bot.GetUpdates(offset: second + 1));
        await _fake.WaitUntilConfirmedAsync(TimeSpan.FromSeconds(1));
        Assert.Empty(await _bot.GetUpdates());
    }

    [Fact]
    public async Task GetUpdatesLongPollReturnsWhenAnUpdateArrivesOrTheTimeoutPasses()
    {
        var started = DateTimeOffset.UtcNow;
        Assert.Empty(await _bot.GetUpdates(timeout: 1));
        Assert.InRange(DateTimeOffset.UtcNow - started, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(3));

        var poll = _bot.GetUpdates(timeout: 20);
        await Task.Delay(200);
        Assert.False(poll.IsCompleted);
        started = DateTimeOffset.UtcNow;
        var id = _fake.User(ChatId).SendSticker();
        var update = Assert.Single(await poll);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(2));
        Assert.Equal(id, update.Id);
        Assert.NotNull(update.Message!.Sticker);
    }

    [Fact]
    public async Task PendingLongPollEndsWhenTheServerStops()
    {
        var fake = await FakeBotApi.StartAsync();
        var poll = Client(fake).GetUpdates(timeout: 30);
        await Task.Delay(200);
        var started = DateTimeOffset.UtcNow;
        await fake.DisposeAsync();
        try
        {
            await poll;
        }
        catch (Exception e) when (e is RequestException or HttpRequestException)
        {
            // The connection may close before the empty answer is read.
        }

        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task SendMessageKeyboardsRoundTripIntoSentMessage()
    {
        var inline = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData("Có", "yes"), InlineKeyboardButton.WithCallbackData("Không", "no")],
            [InlineKeyboardButton.WithUrl("Trang web", "https://example.org/")],
        ]);
        var returned = await _bot.SendMessage(ChatId, "<b>Chọn</b>", ParseMode.Html, replyMarkup: inline);
        var contact = new ReplyKeyboardMarkup(TgKeyboardButton.WithRequestContact("Gửi số điện thoại")) { ResizeKeyboard = true };
        var second = await _bot.SendMessage(ChatId, "Số điện thoại?", replyMarkup: contact);
        await _bot.SendMessage(ChatId, "Cảm ơn", replyMarkup: new ReplyKeyboardRemove());

        Assert.Equal(ChatId, returned.Chat.Id);
        Assert.Equal(123456, returned.From!.Id);
        Assert.True(second.Id > returned.Id);
        Assert.Equal("yes", returned.ReplyMarkup!.InlineKeyboard.First().First().CallbackData);
        Assert.Null(second.ReplyMarkup);

        var sent = _fake.SentTo(ChatId);
        Assert.Equal(3, sent.Count);
        Assert.Equal("sendMessage", sent[0].Method);
        Assert.Equal("<b>Chọn</b>", sent[0].Text);
        Assert.Equal("Html", sent[0].ParseMode);
        Assert.Equal(
            [new InlineButton("Có", "yes", null), new InlineButton("Không", "no", null), new InlineButton("Trang web", null, "https://example.org/")],
            sent[0].Buttons);
        Assert.Equal(2, sent[0].InlineKeyboard.Count);
        Assert.Equal(returned.Id, sent[0].MessageId);
        var button = Assert.Single(Assert.Single(sent[1].ReplyKeyboard));
        Assert.Equal(new global::FakeTelegram.KeyboardButton("Gửi số điện thoại", true), button);
        Assert.True(sent[2].RemoveKeyboard);
        Assert.Equal(3, _fake.AllSent.Count);
        Assert.Same(sent[1], await _fake.WaitForAsync(ChatId, m => m.ReplyKeyboard.Count > 0));
    }

    [Fact]
    public async Task PressButtonGivesACallbackQueryAndEditsAreRecorded()
    {
        var user = _fake.User(ChatId, "An");
        await _bot.SendMessage(ChatId, "Chọn", replyMarkup: new InlineKeyboardMarkup(
            InlineKeyboardButton.WithCallbackData("A", "pick:a"), InlineKeyboardButton.WithCallbackData("B", "pick:b")));
        var sent = await _fake.WaitForAsync(ChatId, m => m.Buttons.Any());

        var id = user.PressButton(sent, 1);
        var update = Assert.Single(await _bot.GetUpdates());
        Assert.Equal(id, update.Id);
        var query = update.CallbackQuery!;
        Assert.Equal("pick:b", query.Data);
        Assert.Equal(ChatId, query.From.Id);
        Assert.Equal(sent.MessageId, query.Message!.Id);
        Assert.Equal(ChatId, query.Message.Chat.Id);
        Assert.Equal("Chọn", ((Message)query.Message).Text);
        Assert.False(string.IsNullOrEmpty(query.ChatInstance));

        await _bot.AnswerCallbackQuery(query.Id, "Đã chọn", showAlert: true);
        Assert.Equal((query.Id, (string?)"Đã chọn", true), Assert.Single(_fake.AnsweredCallbacks));

        var edited = await _bot.EditMessageText(ChatId, sent.MessageId, "Bạn chọn B");
        Assert.Equal("Bạn chọn B", edited.Text);
        Assert.NotNull(edited.EditDate);
        var edit = _fake.SentTo(ChatId)[^1];
        Assert.Equal(("editMessageText", sent.MessageId, "Bạn chọn B"), (edit.Method, edit.MessageId, edit.Text));
        Assert.Empty(edit.Buttons);

        var notModified = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.EditMessageText(ChatId, sent.MessageId, "Bạn chọn B"));
        Assert.Equal(400, notModified.ErrorCode);
        Assert.Contains("message is not modified", notModified.Message, StringComparison.Ordinal);

        await _bot.EditMessageReplyMarkup(ChatId, sent.MessageId, new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Lại", "again")));
        Assert.Equal("again", _fake.SentTo(ChatId)[^1].Buttons.Single().CallbackData);
        Assert.Equal("editMessageReplyMarkup", _fake.SentTo(ChatId)[^1].Method);
    }

    [Fact]
    public async Task SendDocumentUploadRecordsNameAndBytes()
    {
        var bytes = Encoding.UTF8.GetBytes("Họ tên,Số phiếu\nAn,3\n");
        await using var stream = new MemoryStream(bytes);

        var message = await _bot.SendDocument(ChatId, InputFile.FromStream(stream, "báo cáo.csv"), caption: "Kết quả",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("OK", "ok")));

        Assert.Equal("báo cáo.csv", message.Document!.FileName);
        Assert.Equal("text/csv", message.Document.MimeType);
        Assert.Equal(bytes.Length, message.Document.FileSize);
        Assert.Equal("Kết quả", message.Caption);
        var sent = Assert.Single(_fake.SentTo(ChatId));
        Assert.Equal(("sendDocument", "báo cáo.csv", "Kết quả"), (sent.Method, sent.DocumentFileName, sent.Text));
        Assert.Equal(bytes, sent.DocumentContent);
        Assert.Equal("ok", sent.Buttons.Single().CallbackData);

        // The returned file_id can be sent again without uploading.
        await _bot.SendDocument(ChatId, InputFile.FromFileId(message.Document.FileId));
        Assert.Equal(bytes, _fake.SentTo(ChatId)[^1].DocumentContent);
    }

    [Fact]
    public async Task SendPhotoSendVenueAndSendLocationReturnParsableMessages()
    {
        await using var png = new MemoryStream([0x89, 0x50, 0x4E, 0x47]);
        var photo = await _bot.SendPhoto(ChatId, InputFile.FromStream(png, "map.png"), caption: "Bản đồ");
        Assert.NotEmpty(photo.Photo!);
        Assert.Equal("Bản đồ", photo.Caption);

        var venue = await _bot.SendVenue(ChatId, 21.0285, 105.8542, "Điểm bỏ phiếu số 5", "12 Tràng Tiền, Hà Nội");
        Assert.Equal("Điểm bỏ phiếu số 5", venue.Venue!.Title);
        Assert.Equal(21.0285, venue.Venue.Location.Latitude, 6);

        var location = await _bot.SendLocation(ChatId, 10.5, 106.25);
        Assert.Equal(106.25, location.Location!.Longitude, 6);

        var sent = _fake.SentTo(ChatId);
        Assert.Equal(["sendPhoto", "sendVenue", "sendLocation"], sent.Select(m => m.Method));
        Assert.Equal("map.png", sent[0].DocumentFileName);
        Assert.Equal(new VenueInfo(21.0285, 105.8542, "Điểm bỏ phiếu số 5", "12 Tràng Tiền, Hà Nội"), sent[1].Venue);
        Assert.Equal(3, _fake.MaxSendsToOneChatInAnySecond);
    }

    [Fact]
    public async Task FailNext429SurfacesWithRetryAfterAndIsNotRecorded()
    {
        _fake.FailNext("sendMessage", 429, retryAfterSeconds: 7);

        var e = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ChatId, "một"));
        Assert.Equal(429, e.ErrorCode);
        Assert.Equal(7, e.Parameters?.RetryAfter);
        Assert.Empty(_fake.SentTo(ChatId));
        Assert.Equal(1, _fake.TooManyRequests);

        await _bot.SendMessage(ChatId, "hai");
        Assert.Equal("hai", Assert.Single(_fake.SentTo(ChatId)).Text);
        Assert.Equal(2, _fake.Calls("sendMessage"));
    }

    [Fact]
    public async Task ClientRetriesAShort429ByItselfWhenRetryThresholdAllows()
    {
        _fake.FailNext("sendMessage", 429, retryAfterSeconds: 1);

        await Client(_fake, retryThreshold: 5).SendMessage(ChatId, "retried");

        Assert.Equal(2, _fake.Calls("sendMessage"));
        Assert.Equal("retried", Assert.Single(_fake.SentTo(ChatId)).Text);
    }

    [Fact]
    public async Task FailNextOtherCodesAndCounts()
    {
        _fake.FailNext("getUpdates", 502, count: 2);

        Assert.Equal(502, (await Assert.ThrowsAsync<ApiRequestException>(() => _bot.GetUpdates())).ErrorCode);
        Assert.Equal(502, (await Assert.ThrowsAsync<ApiRequestException>(() => _bot.GetUpdates())).ErrorCode);
        Assert.Empty(await _bot.GetUpdates());
        Assert.Equal(3, _fake.Calls("getUpdates"));
    }

    [Fact]
    public async Task BlockAndDeactivateAnswer403()
    {
        _fake.Block(ChatId);
        _fake.Deactivate(ChatId + 1);

        var blocked = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ChatId, "hello"));
        Assert.Equal(403, blocked.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", blocked.Message);
        var deactivated = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ChatId + 1, "hello"));
        Assert.Equal("Forbidden: user is deactivated", deactivated.Message);
        Assert.Empty(_fake.AllSent);

        _fake.Unblock(ChatId);
        await _bot.SendMessage(ChatId, "again");
        Assert.Single(_fake.SentTo(ChatId));
    }

    [Fact]
    public async Task EnforcedGlobalLimitAnswers429PastTheLimit()
    {
        await using var fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { GlobalLimitPerSecond = 3, RetryAfterSeconds = 2 });
        var bot = Client(fake);
        await bot.GetMe(); // warm up the connection so that the four sends below fall within one second

        for (var i = 0; i < 3; i++)
        {
            await bot.SendMessage(ChatId + i, $"tin {i}");
        }

        var e = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(ChatId + 9, "quá nhiều"));
        Assert.Equal(429, e.ErrorCode);
        Assert.Equal(2, e.Parameters?.RetryAfter);
        Assert.Equal(3, fake.AllSent.Count);
        Assert.Equal(1, fake.TooManyRequests);
        Assert.Equal(4, fake.MaxSendsInAnySecond);
        Assert.Equal(1, fake.MaxSendsToOneChatInAnySecond);
    }

    [Fact]
    public async Task EnforcedPerChatLimitLetsOtherChatsThroughAndRecoversAfterASecond()
    {
        await using var fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { PerChatLimitPerSecond = 1 });
        var bot = Client(fake);
        await bot.GetMe();

        await bot.SendMessage(ChatId, "một");
        Assert.Equal(429, (await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(ChatId, "hai"))).ErrorCode);
        await bot.SendMessage(ChatId + 1, "chat khác");
        await Task.Delay(1050);
        await bot.SendMessage(ChatId, "ba");

        Assert.Equal(["một", "ba"], fake.SentTo(ChatId).Select(m => m.Text));
        Assert.Equal(2, fake.MaxSendsToOneChatInAnySecond);
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
    public async Task CommandsAndWebhookAreStored()
    {
        await _bot.SetMyCommands([new BotCommand("start", "Bắt đầu"), new BotCommand("help", "Trợ giúp")], languageCode: "vi");
        await _bot.SetMyCommands([new BotCommand("start", "Start")]);

        Assert.Equal([("start", "Bắt đầu"), ("help", "Trợ giúp")], _fake.Commands["vi"]);
        Assert.Equal([("start", "Start")], _fake.Commands[""]);
        Assert.Equal(["start", "help"], (await _bot.GetMyCommands(languageCode: "vi")).Select(c => c.Command));
        await _bot.DeleteMyCommands(languageCode: "vi");
        Assert.Empty(await _bot.GetMyCommands(languageCode: "vi"));
        var invalid = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SetMyCommands([new BotCommand("/Start", "x")]));
        Assert.Equal(400, invalid.ErrorCode);

        await _bot.SetWebhook("https://bot.example.org/hook", secretToken: "s3cret_token");
        Assert.Equal(("https://bot.example.org/hook", "s3cret_token"), (_fake.WebhookUrl, _fake.WebhookSecret));
        Assert.Equal("https://bot.example.org/hook", (await _bot.GetWebhookInfo()).Url);
        Assert.Equal(409, (await Assert.ThrowsAsync<ApiRequestException>(() => _bot.GetUpdates())).ErrorCode);
        await _bot.DeleteWebhook();
        Assert.Null(_fake.WebhookUrl);
        Assert.Empty(await _bot.GetUpdates());
    }

    [Fact]
    public async Task RepeatAndResendLastUpdateSimulateDuplicateDeliveries()
    {
        var user = _fake.User(ChatId);
        var first = user.SendText("một");
        var confirmed = await _bot.GetUpdates();
        Assert.Empty(await _bot.GetUpdates(offset: first + 1));

        Assert.Equal(first, user.Repeat(first));
        var again = Assert.Single(await _bot.GetUpdates(offset: first + 1));
        Assert.Equal(first, again.Id);
        Assert.Equal(confirmed[0].Message!.Id, again.Message!.Id);

        var resent = user.ResendLastUpdate();
        Assert.True(resent > first);
        var copy = Assert.Single(await _bot.GetUpdates(offset: first + 1));
        Assert.Equal(resent, copy.Id);
        Assert.Equal("một", copy.Message!.Text);
        Assert.Empty(await _bot.GetUpdates(offset: resent + 1));
        await _fake.WaitUntilConfirmedAsync(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task ContactPhotoVoiceAndRawUpdatesParse()
    {
        var user = _fake.User(ChatId, "Bình", languageCode: null);
        user.ShareContact("+84901234567");
        user.SendPhoto();
        user.SendVoice();
        var raw = _fake.EnqueueUpdate(new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = 999,
                ["date"] = 1_700_000_000,
                ["chat"] = new JsonObject { ["id"] = ChatId, ["type"] = "private" },
                ["text"] = "raw",
            },
        });

        var updates = await _bot.GetUpdates();
        Assert.Equal(4, updates.Length);
        Assert.Equal("+84901234567", updates[0].Message!.Contact!.PhoneNumber);
        Assert.Equal(ChatId, updates[0].Message!.Contact!.UserId);
        Assert.Null(updates[0].Message!.From!.LanguageCode);
        Assert.NotEmpty(updates[1].Message!.Photo!);
        Assert.Equal("audio/ogg", updates[2].Message!.Voice!.MimeType);
        Assert.Equal((raw, "raw"), (updates[3].Id, updates[3].Message!.Text));
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
