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
}
