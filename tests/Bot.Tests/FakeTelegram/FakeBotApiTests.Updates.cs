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
}
