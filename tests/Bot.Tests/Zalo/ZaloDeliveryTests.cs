using Bot.Storage;
using Bot.Tests.Support;
using Domain.Members;
using Domain.Text;
using Domain.Users;
using FakeTelegram;
using FakeZalo;

namespace Bot.Tests.Zalo;

/// <summary>
/// Zalo's documented error codes over the fake, with the real host and a real LiteDB file: 403 is a
/// server fault, 429 an exhausted quota.
/// </summary>
public sealed class ZaloDeliveryTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private FakeZaloApi zalo = null!;

    public async Task InitializeAsync() => zalo = await FakeZaloApi.StartAsync();

    public async Task DisposeAsync()
    {
        await zalo.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_403_is_a_server_fault_tried_again_and_moves_nobody()
    {
        var user = zalo.AddUser("Trần Văn Ơn");
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath);
        zalo.FailNext(FakeZaloApi.AnySend, 403, count: 3);

        user.SendText("/help");
        await zalo.WaitForAsync(user.ChatId, m => m.Text!.Contains("/hoinghi", StringComparison.Ordinal));

        Assert.True(zalo.Calls("sendMessage") >= 4);
        Assert.False(bot.Service<Reachability>().IsUnreachable(new UserKey("zalo", user.Id)));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Zalo 403: Internal server error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_chat_that_fails_for_less_than_the_period_is_not_concluded_unreachable()
    {
        var organizerUser = zalo.AddUser("Ban Tổ chức");
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath, organizer: organizerUser.Id);
        var organizer = new ZaloChat(zalo, organizerUser);
        var failing = zalo.AddUser("Người có chat lỗi");
        var other = zalo.AddUser("Người nhận tin");
        Seed(bot, failing, other);
        zalo.Block(failing.Id);

        await organizer.Say("/thongbao");
        await organizer.Say("Thông báo thử", m => m.Text!.Contains(". ", StringComparison.Ordinal));
        await organizer.Say("1", m => m.Text!.Contains(". ", StringComparison.Ordinal));
        await organizer.Say("1", m => m.Text!.Contains("📨", StringComparison.Ordinal));
        await organizer.Choose("📨 Gửi");
        await Eventually.True(() => zalo.SentTo(other.Id).Count == 1);
        // Every attempt the sender makes (eight) fails, over a few seconds: far less than two hours.
        await Eventually.True(() => zalo.Calls("sendMessage") >= zalo.AllSent.Count + 8, TimeSpan.FromSeconds(30));

        Assert.False(bot.Service<Reachability>().IsUnreachable(new UserKey("zalo", failing.Id)));
    }

    [Fact]
    public async Task When_Zalos_quota_runs_out_the_messages_wait_the_organizers_are_told_once_and_sending_resumes_by_itself()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        var settings = BotUnderTest.ZaloSettings(zalo);
        settings["Zalo:QuotaFirstWait"] = "00:00:00.200";
        settings["Zalo:QuotaMaxWait"] = "00:00:00.800";
        // Waiting for the quota uses up none of a message's attempts: one network error after many
        // refusals is still tried again.
        settings["Delivery:MaxAttempts"] = "2";
        await using var bot = await BotUnderTest.StartAsync(telegram, folder.DatabasePath, settings);
        var organizer = new Chat(telegram, BotUnderTest.Organizer, "Ban Tổ chức");
        var people = Enumerable.Range(1, 3).Select(i => zalo.AddUser($"Người {i}")).ToList();
        zalo.ExhaustQuota();

        foreach (var person in people)
        {
            person.SendText("/help");
        }

        var prefix = Texts.ZaloQuotaExhausted.Vi.Split("{0}")[0];
        var told = await organizer.Next(m => m.Text!.StartsWith(prefix, StringComparison.Ordinal));
        await Eventually.True(() => zalo.QuotaRefusals >= 5, TimeSpan.FromSeconds(20));
        var waiting = int.Parse(told.Text![prefix.Length..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(waiting, 1, 3);
        Assert.Empty(zalo.AllSent);

        zalo.FailNext(FakeZaloApi.AnySend, 502);
        zalo.RestoreQuota();
        foreach (var person in people)
        {
            await zalo.WaitForAsync(person.ChatId, m => m.Text!.Contains("/hoinghi", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        }

        Assert.Single(telegram.SentTo(BotUnderTest.Organizer), m => m.Text!.StartsWith(prefix, StringComparison.Ordinal));
        Assert.All(people, p => Assert.Single(zalo.SentTo(p.ChatId)));
    }

    private static void Seed(BotUnderTest bot, params FakeZaloUser[] users)
    {
        foreach (var user in users)
        {
            bot.Service<EntityStore>().Put(new Member
            {
                Id = $"zalo:{user.Id}",
                FullName = user.DisplayName,
                Phone = "+84903000111",
                UnitCode = "P03",
                Position = "Ủy viên",
                Status = MemberStatus.Approved,
            });
        }
    }
}
