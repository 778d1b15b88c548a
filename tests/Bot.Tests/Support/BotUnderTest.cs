using Bot.Hosting;
using FakeTelegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Support;

/// <summary>
/// The real bot host, configured for the fake Bot API and a test database: short polls, quick
/// retries, and no per-chat pacing unless a test asks for it.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    public const long Organizer = 9001;

    private readonly IHost host;
    private bool stopped;

    private BotUnderTest(IHost host, LogCapture logs)
    {
        this.host = host;
        Logs = logs;
    }

    public LogCapture Logs { get; }

    public static Dictionary<string, string?> Settings(FakeBotApi fake, string databasePath) => new()
    {
        ["Telegram:Token"] = fake.Token,
        ["Telegram:BaseUrl"] = fake.BaseUrl,
        ["Telegram:PollTimeoutSeconds"] = "1",
        ["Telegram:OrganizerIds:0"] = Organizer.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Telegram:GlobalPerSecond"] = "100000",
        ["Telegram:PerChatPerSecond"] = "0",
        ["Bot:DatabasePath"] = databasePath,
        ["Http:Url"] = "http://127.0.0.1:0",
        ["Delivery:FirstBackoff"] = "00:00:00.050",
        ["Delivery:MaxBackoff"] = "00:00:00.500",
    };

    /// <summary>The Zalo channel against the fake Zalo Bot API; organizer <see cref="ZaloOrganizer"/> when given.</summary>
    public static Dictionary<string, string?> ZaloSettings(FakeZalo.FakeZaloApi fake, string? organizer = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Zalo:Token"] = fake.Token,
            ["Zalo:BaseUrl"] = fake.BaseUrl,
            ["Zalo:PollTimeoutSeconds"] = "1",
            ["Zalo:GlobalPerSecond"] = "100000",
            ["Zalo:PerChatPerSecond"] = "0",
        };
        if (organizer is not null)
        {
            settings["Zalo:OrganizerIds:0"] = organizer;
        }

        return settings;
    }

    /// <summary>Only Zalo: no Telegram token at all.</summary>
    public static Task<BotUnderTest> StartZaloAsync(FakeZalo.FakeZaloApi fake, string databasePath, string? organizer = null, IDictionary<string, string?>? overrides = null)
    {
        var settings = ZaloSettings(fake, organizer);
        settings["Bot:DatabasePath"] = databasePath;
        settings["Http:Url"] = "http://127.0.0.1:0";
        settings["Delivery:FirstBackoff"] = "00:00:00.050";
        settings["Delivery:MaxBackoff"] = "00:00:00.500";
        return StartAsync(settings, overrides, null);
    }

    public static Task<BotUnderTest> StartAsync(FakeBotApi fake, string databasePath, IDictionary<string, string?>? overrides = null, TimeProvider? time = null) =>
        StartAsync(Settings(fake, databasePath), overrides, time);

    private static async Task<BotUnderTest> StartAsync(Dictionary<string, string?> settings, IDictionary<string, string?>? overrides, TimeProvider? time)
    {
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var logs = new LogCapture();
        var host = BotHost.Build([], TextReader.Null, TextWriter.Null, builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.AddProvider(logs);
            if (time is not null)
            {
                builder.Services.AddSingleton(time);
            }
        });
        await host.StartAsync();
        return new BotUnderTest(host, logs);
    }

    public T Service<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    public async Task StopAsync()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        await host.StopAsync();
        host.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
