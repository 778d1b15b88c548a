using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Operations;
using Bot.Storage;
using Bot.Tests.Support;
using FakeTelegram;

namespace Bot.Tests.Hosting;

/// <summary>
/// A hung bot is noticed: /health and systemd's watchdog both rest on a timed round trip through
/// the store, so an engine that blocks makes /health answer 503 and stops the WATCHDOG=1 pings.
/// systemd is played by a datagram socket on a temporary path, given as $NOTIFY_SOCKET.
/// </summary>
public sealed class HealthWatchdogTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private FakeBotApi fake = null!;

    public async Task InitializeAsync() => fake = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await fake.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_store_that_blocks_makes_health_answer_503_and_stops_the_watchdog_pings_until_it_answers_again()
    {
        var socketPath = Path.Combine(folder.Path, "notify.sock");
        using var systemd = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        systemd.Bind(new UnixDomainSocketEndPoint(socketPath));
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, new Dictionary<string, string?>
        {
            ["NOTIFY_SOCKET"] = socketPath,
            ["WATCHDOG_USEC"] = "400000",
            ["Health:StoreTimeout"] = "00:00:00.500",
        });
        var health = new Uri(bot.Service<HttpEndpoint>().Address!, "/health");

        Assert.Equal("WATCHDOG=1", await ReceiveAsync(systemd, TimeSpan.FromSeconds(10)));
        using (var healthy = await http.GetAsync(health))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        }

        using var release = new ManualResetEventSlim();
        using var began = new ManualResetEventSlim();
        var database = bot.Service<Database>();
        // A transaction opened and never ended holds the lock every call into the engine needs.
        var stuck = new Thread(() =>
        {
            database.Lite.BeginTrans();
            began.Set();
            release.Wait();
            database.Lite.Rollback();
        });
        stuck.Start();
        try
        {
            began.Wait();
            string? body = null;
            await Eventually.True(
                () =>
                {
                    using var response = http.GetAsync(health).GetAwaiter().GetResult();
                    body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                    return response.StatusCode == HttpStatusCode.ServiceUnavailable;
                },
                because: "/health kept answering 200 with the store stuck");
            Assert.Contains("no answer within", JsonNode.Parse(body!)!["storage"]!.GetValue<string>(), StringComparison.Ordinal);

            // Pings sent before the store stuck may still be queued; after them, silence.
            await DrainAsync(systemd, TimeSpan.FromSeconds(1));
            Assert.Null(await ReceiveAsync(systemd, TimeSpan.FromSeconds(2)));
        }
        finally
        {
            release.Set();
            stuck.Join();
        }

        Assert.Equal("WATCHDOG=1", await ReceiveAsync(systemd, TimeSpan.FromSeconds(10)));
        await Eventually.True(() =>
        {
            using var response = http.GetAsync(health).GetAwaiter().GetResult();
            return response.StatusCode == HttpStatusCode.OK;
        });
    }

    [Fact]
    public async Task Without_a_watchdog_period_nothing_is_sent_to_the_notify_socket()
    {
        var socketPath = Path.Combine(folder.Path, "notify.sock");
        using var systemd = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        systemd.Bind(new UnixDomainSocketEndPoint(socketPath));
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, new Dictionary<string, string?> { ["NOTIFY_SOCKET"] = socketPath });

        await new Chat(fake, 811).Say("/help");

        Assert.Null(await ReceiveAsync(systemd, TimeSpan.FromSeconds(1)));
    }

    private static async Task<string?> ReceiveAsync(Socket socket, TimeSpan wait)
    {
        var buffer = new byte[256];
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            var length = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, length);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Reads what is queued until <paramref name="quiet"/> passes without a datagram (at most 200 of them).</summary>
    private static async Task DrainAsync(Socket socket, TimeSpan quiet)
    {
        for (var i = 0; i < 200 && await ReceiveAsync(socket, quiet) is not null; i++)
        {
        }
    }
}
