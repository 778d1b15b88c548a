using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Operations;
using Bot.Storage;
using Bot.Tests.Support;
using Bot.Zalo;
using Domain.Events;
using Domain.Members;
using Domain.Text;
using Domain.Users;
using FakeTelegram;
using FakeZalo;

namespace Bot.Tests.Zalo;

/// <summary>
/// Telegram and Zalo served by one process and one database: webhook checks, a person linking both
/// channels, and a broadcast to a mixed audience.
/// </summary>
public sealed partial class TwoChannelTests : IAsyncLifetime
{
    private const string Secret = "zalo-webhook-secret-0123456789abcdef";

    private readonly TempFolder folder = new();
    private readonly HttpClient http = new();
    private FakeBotApi telegram = null!;
    private FakeZaloApi zalo = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeBotApi.StartAsync();
        zalo = await FakeZaloApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await zalo.DisposeAsync();
        await telegram.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task The_webhook_refuses_calls_without_the_secret_and_takes_both_body_shapes()
    {
        var port = ZaloWebhookTests.FreePort();
        await using var routed = await FakeZaloApi.StartAsync(new FakeZaloApiOptions { RouteWebhook = ZaloWebhookTests.ToLoopback(port) });
        var zalo = routed;
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath, overrides: new Dictionary<string, string?>
        {
            ["Zalo:Mode"] = "webhook",
            ["Zalo:WebhookUrl"] = "https://bot.mttq-q5.example/zalo/webhook",
            ["Zalo:WebhookSecret"] = Secret,
            ["Http:Url"] = $"http://127.0.0.1:{port}",
        });
        await Eventually.True(() => zalo.WebhookSecret == Secret);
        var user = zalo.AddUser("Đỗ Thị Mai");

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(bot, user.TextEvent("/start").ToJson(), secret: null));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(bot, user.TextEvent("/start").ToJson(), secret: "wrong-secret-123"));
        await Task.Delay(300);
        Assert.Empty(zalo.SentTo(user.ChatId));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, user.TextEvent("/start").ToJson(), Secret));
        await zalo.WaitForAsync(user.ChatId, m => m.Text!.Contains("1. Đồng ý", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, user.TextEvent("/help").ToJson(wrapped: true), Secret));
        await zalo.WaitForAsync(user.ChatId, m => m.Text!.Contains("/hoinghi", StringComparison.Ordinal));
        Assert.Equal(0, zalo.Calls("getUpdates"));
    }

    [Fact]
    public async Task A_member_links_Zalo_by_a_code_from_Telegram_and_keeps_the_answer_given_on_Zalo()
    {
        await using var bot = await StartBothAsync();
        var store = bot.Service<EntityStore>();
        var onTelegram = new Chat(telegram, 903, "Hà");
        var zaloUser = zalo.AddUser("Trần Thu Hà");
        var onZalo = new ZaloChat(zalo, zaloUser);
        store.Put(Member("telegram:903", "Trần Thu Hà"));
        store.Put(Member($"zalo:{zaloUser.Id}", "Trần Thu Hà"));
        store.Put(Rsvp.Set(null, "hn-1", $"zalo:{zaloUser.Id}", RsvpAnswer.Declined, "Đi công tác", null, DateTimeOffset.UtcNow, $"zalo:{zaloUser.Id}"));

        var issued = await onTelegram.Say("/lienket", m => m.Text!.Contains("/lienket ", StringComparison.Ordinal));
        var code = SixDigits().Match(issued.Text!).Value;
        await onZalo.Say($"/lienket {code}", m => m.Text!.Contains("dùng chung hồ sơ", StringComparison.Ordinal));
        await onZalo.Choose(Domain.Text.Texts.LinkJoinYes.Plain(Domain.Text.Lang.Vi), m => m.Text!.Contains("Đã gửi yêu cầu", StringComparison.Ordinal));
        await onTelegram.Next(m => m.Buttons.Any(b => b.Text == "✅ Đồng ý liên kết"));
        await onTelegram.Press("✅ Đồng ý liên kết", m => m.Text!.Contains("Đã liên kết với Zalo", StringComparison.Ordinal));
        var linked = await onZalo.Next(m => m.Text!.Contains("Đã liên kết", StringComparison.Ordinal));

        Assert.Contains("Trần Thu Hà", linked.Text, StringComparison.Ordinal);
        Assert.Null(store.Find<Member>($"zalo:{zaloUser.Id}"));
        Assert.Equal(RsvpAnswer.Declined, store.Find<Rsvp>(Rsvp.IdFor("hn-1", "telegram:903"))!.Answer);
        Assert.Null(store.Find<Rsvp>(Rsvp.IdFor("hn-1", $"zalo:{zaloUser.Id}")));
        var profile = await onZalo.Say("/hoso", m => m.Text!.Contains("Trần Thu Hà", StringComparison.Ordinal));
        Assert.Contains("0909 123 456", profile.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broadcast_to_a_mixed_audience_reaches_each_person_once_on_their_channel()
    {
        await using var bot = await StartBothAsync();
        var store = bot.Service<EntityStore>();
        var organizer = new Chat(telegram, BotUnderTest.Organizer, "Ban Tổ chức");
        var telegramOnly = new Chat(telegram, 902, "Nam");
        var zaloOnly = zalo.AddUser("Võ Văn Kiệt");
        var bothTelegram = new Chat(telegram, 904, "Lan");
        var bothZalo = new ZaloChat(zalo, zalo.AddUser("Ngô Thị Lan"));
        store.Put(Member("telegram:902", "Phạm Văn Nam"));
        store.Put(Member($"zalo:{zaloOnly.Id}", "Võ Văn Kiệt"));
        store.Put(Member("telegram:904", "Ngô Thị Lan"));
        var issued = await bothTelegram.Say("/lienket", m => m.Text!.Contains("/lienket ", StringComparison.Ordinal));
        await bothZalo.Say($"/lienket {SixDigits().Match(issued.Text!).Value}", m => m.Text!.Contains("dùng chung hồ sơ", StringComparison.Ordinal));
        await bothZalo.Choose(Domain.Text.Texts.LinkJoinYes.Plain(Domain.Text.Lang.Vi), m => m.Text!.Contains("Đã gửi yêu cầu", StringComparison.Ordinal));
        await bothTelegram.Next(m => m.Buttons.Any(b => b.Text == "✅ Đồng ý liên kết"));
        await bothTelegram.Press("✅ Đồng ý liên kết", m => m.Text!.Contains("Đã liên kết với Zalo", StringComparison.Ordinal));
        await bothZalo.Next(m => m.Text!.Contains("Đã liên kết", StringComparison.Ordinal));

        // The person writes on Zalo last, so notices go there.
        await bothZalo.Say("/help", m => m.Text!.Contains("/hoinghi", StringComparison.Ordinal));

        await Journeys.BroadcastAsync(organizer, "Mời dự hội nghị đánh giá trang mạng xã hội");
        await organizer.Next(m => m.Text!.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        static bool IsNotice(string? text) => text?.Contains("Mời dự hội nghị đánh giá", StringComparison.Ordinal) == true;
        Assert.Single(telegram.SentTo(telegramOnly.Id), m => IsNotice(m.Text));
        Assert.Single(zalo.SentTo(zaloOnly.ChatId), m => IsNotice(m.Text));
        Assert.Single(zalo.SentTo(bothZalo.Id), m => IsNotice(m.Text));
        Assert.DoesNotContain(telegram.SentTo(bothTelegram.Id), m => IsNotice(m.Text));
        var notice = Assert.Single(store.All<Domain.Notices.Notice>());
        Assert.Equal(3, notice.Recipients.Count);
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_on_Zalo_gets_the_next_notice_on_Telegram()
    {
        // No waiting period: failures while another Zalo chat gets the same notice are the evidence.
        var settings = BotUnderTest.ZaloSettings(zalo);
        settings["Zalo:UnreachableAfter"] = "00:00:00";
        await using var bot = await BotUnderTest.StartAsync(telegram, folder.DatabasePath, settings);
        var organizer = new Chat(telegram, BotUnderTest.Organizer, "Ban Tổ chức");
        var onTelegram = new Chat(telegram, 906, "Vy");
        var onZalo = new ZaloChat(zalo, zalo.AddUser("Đặng Thảo Vy"));
        var otherOnZalo = zalo.AddUser("Người nhận tin");
        bot.Service<EntityStore>().Put(Member("telegram:906", "Đặng Thảo Vy"));
        bot.Service<EntityStore>().Put(Member($"zalo:{otherOnZalo.Id}", "Người Nhận Tin"));
        var issued = await onTelegram.Say("/lienket", m => m.Text!.Contains("/lienket ", StringComparison.Ordinal));
        await onZalo.Say($"/lienket {SixDigits().Match(issued.Text!).Value}", m => m.Text!.Contains("dùng chung hồ sơ", StringComparison.Ordinal));
        await onZalo.Choose(Domain.Text.Texts.LinkJoinYes.Plain(Domain.Text.Lang.Vi), m => m.Text!.Contains("Đã gửi yêu cầu", StringComparison.Ordinal));
        await onTelegram.Next(m => m.Buttons.Any(b => b.Text == "✅ Đồng ý liên kết"));
        await onTelegram.Press("✅ Đồng ý liên kết", m => m.Text!.Contains("Đã liên kết với Zalo", StringComparison.Ordinal));
        await onZalo.Next(m => m.Text!.Contains("Đã liên kết", StringComparison.Ordinal));
        zalo.Block(onZalo.Id);

        await Journeys.BroadcastAsync(organizer, "Thông báo thứ nhất");
        // Evidence needs a Zalo message that reaches someone else after the chat's first failure.
        await Eventually.True(() => zalo.Calls("sendMessage") > zalo.Succeeded("sendMessage") + 1);
        otherOnZalo.SendText("/help");
        var first = await organizer.Next(m => m.Text!.Contains("Đã gửi xong", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains(Texts.NoticeReport.For(Lang.Vi, 0, 0, 0, 0, 0, 0, 1, 0).ToPlain().Split(" · ")[^2], first.Text, StringComparison.Ordinal);
        await organizer.Next(m => m.Text!.Contains("Đặng Thảo Vy", StringComparison.Ordinal));
        await Eventually.True(() => bot.Service<EntityStore>().Find<PreferredChannel>("telegram:906")?.Via == "telegram:906");

        await Journeys.BroadcastAsync(organizer, "Thông báo thứ hai");
        await onTelegram.Next(m => m.Text!.Contains("Thông báo thứ hai", StringComparison.Ordinal));
        Assert.DoesNotContain(telegram.SentTo(onTelegram.Id), m => m.Text!.Contains("Thông báo thứ nhất", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_send_is_logged_clearly_and_a_server_error_is_retried()
    {
        await using var bot = await StartBothAsync();
        var user = new ZaloChat(zalo, zalo.AddUser("Lý Thị Thu"));

        zalo.FailNext("sendMessage", 500, count: 2, description: "Internal error");
        await user.Say("/help", m => m.Text!.Contains("/hoinghi", StringComparison.Ordinal));
        Assert.Single(zalo.SentTo(user.Id));

        // An error text that quotes the request address, token included, is logged without the token.
        zalo.FailNext("sendMessage", 400, description: $"Bad Request: text is too long (POST /bot{zalo.Token}/sendMessage)");
        user.User.SendText("/help");
        await Eventually.True(() => bot.Logs.Lines.Any(l => l.Contains("Zalo 400: Bad Request: text is too long (POST /bot<token>/sendMessage)", StringComparison.Ordinal)));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(zalo.Token, StringComparison.Ordinal));
        Assert.Single(zalo.SentTo(user.Id));
    }

    [Fact]
    public async Task Zalo_failing_at_start_is_tried_again_and_Telegram_serves_meanwhile()
    {
        zalo.FailNextWithHttpStatus("getMe", 502, count: 2);
        await using var bot = await StartBothAsync();
        var onTelegram = new Chat(telegram, 905, "Tú");
        var onZalo = new ZaloChat(zalo, zalo.AddUser("Hồ Thanh Tú"));

        await onTelegram.Say("/help", m => m.Text!.Contains("/hoinghi", StringComparison.Ordinal));
        await onZalo.Say("/help", m => m.Text!.Contains("/hoinghi", StringComparison.Ordinal));

        Assert.Equal(3, zalo.Calls("getMe"));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Zalo getMe failed", StringComparison.Ordinal));
    }

    private Task<BotUnderTest> StartBothAsync() =>
        BotUnderTest.StartAsync(telegram, folder.DatabasePath, BotUnderTest.ZaloSettings(zalo));

    private static Member Member(string id, string name) => new()
    {
        Id = id,
        FullName = name,
        Phone = "+84909123456",
        UnitCode = "P05",
        Position = "Ủy viên",
        Status = MemberStatus.Approved,
    };

    private async Task<HttpStatusCode> PostAsync(BotUnderTest bot, System.Text.Json.Nodes.JsonObject body, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot.Service<HttpEndpoint>().Address!, ZaloWebhook.WebhookPath))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(ZaloWebhook.SecretHeader, secret);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [GeneratedRegex("\\b[0-9]{6}\\b")]
    private static partial Regex SixDigits();
}
