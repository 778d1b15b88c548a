using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Delivery;
using Bot.Hosting;
using Bot.Operations;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Members;
using FakeTelegram;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.Hosting;

/// <summary>Webhook mode, health, backup and restore: what the operators of the bot use.</summary>
public sealed class OperationsTests : IAsyncLifetime
{
    private const string Secret = "s3cret_Value-0123456789-abcdefghij";
    private const string HookUrl = "https://bot.example.org/telegram/webhook";
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

    [Fact]
    public async Task Webhook_mode_registers_the_url_and_secret_and_answers_an_update_once()
    {
        await using var bot = await StartWebhookBotAsync();
        await Eventually.True(() => fake.WebhookUrl is not null);
        Assert.Equal(HookUrl, fake.WebhookUrl);
        Assert.Equal(Secret, fake.WebhookSecret);
        var update = TextUpdate(77, 801, "/help");

        using var first = await PostUpdateAsync(bot, update, Secret);
        using var again = await PostUpdateAsync(bot, update, Secret);
        var reply = await new Chat(fake, 801).Next();
        await new Chat(fake, 801).Say("/lang");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Các lệnh", reply.Text, StringComparison.Ordinal);
        Assert.Single(fake.SentTo(801), m => m.Text!.Contains("Các lệnh", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret-value")]
    public async Task Webhook_calls_without_the_secret_are_refused_with_401(string? secret)
    {
        await using var bot = await StartWebhookBotAsync();

        using var response = await PostUpdateAsync(bot, TextUpdate(78, 802, "/help"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Service<Inbox>().AllUnhandled());
        Assert.Empty(fake.SentTo(802));
    }

    [Fact]
    public async Task Starting_in_polling_mode_removes_a_webhook_left_from_before()
    {
        await using (await StartWebhookBotAsync())
        {
            await Eventually.True(() => fake.WebhookUrl is not null);
        }

        await using var polling = await BotUnderTest.StartAsync(fake, folder.DatabasePath);
        await new Chat(fake, 803).Say("/help");

        Assert.True(string.IsNullOrEmpty(fake.WebhookUrl));
    }

    [Fact]
    public async Task Health_reports_storage_mode_and_backlog_over_http_and_to_the_health_command()
    {
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath);
        await new Chat(fake, 804).Say("/help");
        // The reply reaches the fake a moment before the bot records it as sent.
        await bot.Service<OutboxQueue>().Idle.WhenIdle();

        var body = await http.GetStringAsync(new Uri(bot.Service<HttpEndpoint>().Address!, "/health"));
        var report = JsonNode.Parse(body)!;
        var (exit, printed) = await RunCommandAsync("health");

        Assert.Equal("ok", report["status"]!.GetValue<string>());
        Assert.Equal("polling", report["mode"]!.GetValue<string>());
        Assert.Equal("ok", report["storage"]!.GetValue<string>());
        Assert.Equal(0, report["outboxPending"]!.GetValue<int>());
        Assert.Equal(0, exit);
        Assert.Contains("status=ok", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_bot_stops_the_health_command_fails_at_once()
    {
        await using (var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath))
        {
            await new Chat(fake, 808).Say("/help");
            Assert.Equal(0, (await RunCommandAsync("health")).Exit);
        }

        Assert.Equal(1, (await RunCommandAsync("health")).Exit);
    }

    [Fact]
    public async Task The_backup_endpoint_refuses_callers_without_the_key_from_the_data_folder()
    {
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath);
        var target = Path.Combine(folder.Path, "stolen.db");

        using var response = await http.PostAsync(new Uri(bot.Service<HttpEndpoint>().Address!, $"/admin/backup?path={Uri.EscapeDataString(target)}"), null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task A_backup_of_a_missing_data_file_is_refused_rather_than_creating_an_empty_one()
    {
        var (exit, printed) = await RunCommandAsync("backup", Path.Combine(folder.Path, "b.db"));

        Assert.Equal(1, exit);
        Assert.Contains("Không có tệp dữ liệu", printed, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.DatabasePath));
    }

    [Fact]
    public async Task The_health_command_fails_when_no_bot_has_reported()
    {
        var (exit, printed) = await RunCommandAsync("health");

        Assert.Equal(1, exit);
        Assert.Contains("bot có đang chạy không", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_taken_while_the_bot_runs_restores_the_members_after_a_stop()
    {
        var backup = Path.Combine(folder.Path, "backups", "bot-1.db");
        await using (var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath))
        {
            await Journeys.RegisterAsync(new Chat(fake, 805), "Võ Thị Sáu", "0901234567", "Phường 6", "Ủy viên");
            var url = bot.Service<HttpEndpoint>().Address!.ToString();

            var (exit, printed) = await RunCommandAsync("backup", backup, url);
            Assert.True(exit == 0, printed);

            var (refused, why) = await RunCommandAsync("restore", backup, url);
            Assert.Equal(1, refused);
            Assert.Contains("Hãy dừng bot", why, StringComparison.Ordinal);
            await Journeys.RegisterAsync(new Chat(fake, 806), "Lê Văn Tám", "0912345678", "Phường 7", "Ủy viên");
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(backup));
        var (restored, output) = await RunCommandAsync("restore", backup);
        Assert.True(restored == 0, output);

        using var database = new Database(folder.DatabasePath, StoredEntities.Types);
        var members = new EntityStore(database).All<Member>();
        Assert.Equal(["Võ Thị Sáu"], members.Select(m => m.FullName));
        Assert.Single(Directory.GetFiles(folder.Path, "bot.db.before-restore-*"));
    }

    [Fact]
    public async Task Information_logs_never_hold_a_phone_number()
    {
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath);
        await Journeys.RegisterAsync(new Chat(fake, 807), "Đặng Thị Mười", "0977123456", "Phường 9", "Ủy viên");
        await Journeys.ApproveAsync(new Chat(fake, BotUnderTest.Organizer), "Đặng Thị Mười");

        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("977123456", StringComparison.Ordinal) || l.Contains("977 123 456", StringComparison.Ordinal));
    }

    private Task<BotUnderTest> StartWebhookBotAsync() =>
        BotUnderTest.StartAsync(fake, folder.DatabasePath, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "webhook",
            ["Telegram:WebhookUrl"] = HookUrl,
            ["Telegram:WebhookSecret"] = Secret,
        });

    private async Task<HttpResponseMessage> PostUpdateAsync(BotUnderTest bot, JsonObject update, string? secret)
    {
        await Eventually.True(() => fake.WebhookUrl is not null);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot.Service<HttpEndpoint>().Address!, Bot.Telegram.TelegramWebhook.WebhookPath))
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(Bot.Telegram.TelegramWebhook.SecretHeader, secret);
        }

        return await http.SendAsync(request);
    }

    private static JsonObject TextUpdate(int updateId, long userId, string text) => new()
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = updateId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Hoa" },
            ["chat"] = new JsonObject { ["id"] = userId, ["type"] = "private", ["first_name"] = "Hoa" },
            ["text"] = text,
            ["entities"] = text.StartsWith('/')
                ? new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = text.Split(' ')[0].Length })
                : null,
        },
    };

    private async Task<(int Exit, string Output)> RunCommandAsync(string verb, string? file = null, string? httpUrl = null)
    {
        using var output = new StringWriter();
        string[] args = file is null ? [verb] : [verb, file];
        var exit = await BotHost.RunAsync(args, TextReader.Null, output, output, builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:DatabasePath"] = folder.DatabasePath,
                ["Http:Url"] = httpUrl ?? "http://127.0.0.1:1",
            }));
        return (exit, output.ToString());
    }
}
