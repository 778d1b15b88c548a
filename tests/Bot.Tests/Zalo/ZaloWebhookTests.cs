using System.Net;
using System.Net.Sockets;
using System.Text;
using Bot.Hosting;
using Bot.Operations;
using Bot.Tests.Support;
using Bot.Workers;
using Bot.Zalo;
using Domain.Text;
using FakeZalo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Zalo;

/// <summary>
/// Zalo's webhook over the fake: setWebhook's test request, a refused address, bodies that are not
/// events, a short secret, and the warning when Zalo is polled on a machine with a public address.
/// </summary>
public sealed class ZaloWebhookTests : IAsyncLifetime
{
    public const string Secret = "zalo-webhook-secret-0123456789abcdef";
    private const string HookUrl = "https://bot.mttq-q5.example/zalo/webhook";
    private readonly TempFolder folder = new();
    private readonly HttpClient http = new();
    private readonly int port = FreePort();
    private FakeZaloApi zalo = null!;

    public async Task InitializeAsync() => zalo = await FakeZaloApi.StartAsync(new FakeZaloApiOptions { RouteWebhook = ToLoopback(port) });

    public async Task DisposeAsync()
    {
        http.Dispose();
        await zalo.DisposeAsync();
        folder.Dispose();
    }

    /// <summary>A port free now, for a bot whose public webhook address the fake must reach.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Sends what Zalo would post to the public address to the bot on 127.0.0.1.</summary>
    public static Func<Uri, Uri> ToLoopback(int port) => url => new Uri($"http://127.0.0.1:{port}{url.PathAndQuery}");

    [Fact]
    public async Task Setwebhooks_test_request_is_answered_so_registration_succeeds_and_events_then_arrive()
    {
        await using var bot = await StartWebhookBotAsync();
        await Eventually.True(() => zalo.WebhookUrl == HookUrl);

        var probe = Assert.Single(zalo.WebhookProbes);
        Assert.Equal(200, probe.Status);
        var user = zalo.AddUser("Võ Thị Sáu");
        user.SendText("/help");
        await zalo.WaitForAsync(user.ChatId, m => m.Text!.Contains("/hoinghi", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("by webhook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_webhook_address_Zalo_refuses_stops_the_bot_with_one_sentence_and_exit_code_2()
    {
        // The address leads nowhere: Zalo's test request gets no answer and setWebhook answers 400.
        await using var nowhere = await FakeZaloApi.StartAsync(new FakeZaloApiOptions { RouteWebhook = ToLoopback(FreePort()) });
        var logs = new LogCapture();
        using var errors = new StringWriter();
        var settings = BotUnderTest.ZaloSettings(nowhere);
        settings["Zalo:Mode"] = "webhook";
        settings["Zalo:WebhookUrl"] = HookUrl;
        settings["Zalo:WebhookSecret"] = Secret;
        settings["Bot:DatabasePath"] = folder.DatabasePath;
        settings["Http:Url"] = "http://127.0.0.1:0";

        var exit = await BotHost.RunAsync([], TextReader.Null, TextWriter.Null, errors, builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.AddProvider(logs);
        }).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ExitStatus.Configuration, exit);
        var sentence = Assert.Single(logs.Lines, l => l.Contains("Zalo refused the webhook", StringComparison.Ordinal));
        Assert.Contains("Zalo__WebhookUrl", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain(nowhere.Token, sentence, StringComparison.Ordinal);
        Assert.Equal(1, nowhere.Calls("setWebhook"));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_gets_400_one_over_a_megabyte_413_and_an_empty_one_200()
    {
        await using var bot = await StartWebhookBotAsync();
        await Eventually.True(() => zalo.WebhookUrl == HookUrl);

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(bot, "this is not JSON", Secret));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(bot, "{\"event_name\": ", Secret));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync(bot, "{\"x\":\"" + new string('a', WebhookBody.MaxBytes) + "\"}", Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, "", Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, "{}", Secret));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(bot, "this is not JSON", null));
        // The bot still answers real events.
        var user = zalo.AddUser("Lý Tự Trọng");
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, user.TextEvent("/help").ToJson().ToJsonString(), Secret));
        await zalo.WaitForAsync(user.ChatId, m => m.Text!.Contains("/hoinghi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_webhook_secret_shorter_than_32_characters_is_refused_at_start_with_one_sentence()
    {
        using var errors = new StringWriter();
        var settings = BotUnderTest.ZaloSettings(zalo);
        settings["Zalo:Mode"] = "webhook";
        settings["Zalo:WebhookUrl"] = HookUrl;
        settings["Zalo:WebhookSecret"] = new string('s', 31);
        settings["Bot:DatabasePath"] = folder.DatabasePath;

        var exit = await BotHost.RunAsync([], TextReader.Null, TextWriter.Null, errors, builder => builder.Configuration.AddInMemoryCollection(settings));

        Assert.Equal(2, exit);
        var sentence = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Zalo__WebhookSecret", sentence, StringComparison.Ordinal);
        Assert.Contains("32", sentence, StringComparison.Ordinal);
        Assert.Equal(0, zalo.Calls("setWebhook"));
    }

    [Fact]
    public async Task Polling_Zalo_with_a_public_address_configured_warns_once_and_sends_the_timeout_as_a_string()
    {
        await using (var quiet = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath))
        {
            await Eventually.True(() => zalo.Calls("getUpdates") >= 1);
            Assert.DoesNotContain(quiet.Logs.Lines, l => l.Contains("Zalo recommends webhook mode", StringComparison.Ordinal));
        }

        // A fake of its own: the stopped bot's last long poll, still open at the first fake, would
        // take the message meant for this one.
        await using var api = await FakeZaloApi.StartAsync();
        await using var bot = await BotUnderTest.StartZaloAsync(api, folder.DatabasePath, overrides: new Dictionary<string, string?>
        {
            ["Zalo:WebhookUrl"] = HookUrl,
        });
        var user = api.AddUser("Nguyễn Thị Minh Khai");
        user.SendText("/help");
        await api.WaitForAsync(user.ChatId, m => m.Text!.Contains("/hoinghi", StringComparison.Ordinal));

        Assert.Single(bot.Logs.Lines, l => l.Contains("Zalo recommends webhook mode", StringComparison.Ordinal) && l.Contains(HookUrl, StringComparison.Ordinal));
        Assert.NotEmpty(api.PollTimeouts);
        Assert.All(zalo.PollTimeouts.Concat(api.PollTimeouts), t => Assert.Equal("\"1\"", t));
    }

    private Task<BotUnderTest> StartWebhookBotAsync() =>
        BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath, overrides: new Dictionary<string, string?>
        {
            ["Zalo:Mode"] = "webhook",
            ["Zalo:WebhookUrl"] = HookUrl,
            ["Zalo:WebhookSecret"] = Secret,
            ["Http:Url"] = $"http://127.0.0.1:{port}",
        });

    private async Task<HttpStatusCode> PostAsync(BotUnderTest bot, string body, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot.Service<HttpEndpoint>().Address!, ZaloWebhook.WebhookPath))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(ZaloWebhook.SecretHeader, secret);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
