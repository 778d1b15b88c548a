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
}
