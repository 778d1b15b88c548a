using System.Collections.Concurrent;
using System.Globalization;
using Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Benchmarks;

/// <summary>
/// The real bot host (BotHost.Build, as Program.cs and the tests' BotUnderTest use it) against a Bot API
/// at <c>baseUrl</c>, with a real LiteDB file. Pacing limits are far above what the machine can send, so
/// they never hold a reply back; everything else is the shipped configuration (appsettings.json).
/// </summary>
internal static class BenchHost
{
    public const long Organizer = 9001;

    public static Dictionary<string, string?> Settings(string token, string baseUrl, string databasePath) => new()
    {
        ["Telegram:Token"] = token,
        ["Telegram:BaseUrl"] = baseUrl,
        ["Telegram:PollTimeoutSeconds"] = "1",
        ["Telegram:OrganizerIds:0"] = Organizer.ToString(CultureInfo.InvariantCulture),
        ["Telegram:GlobalPerSecond"] = "1000000",
        // A per-chat bucket holds PerChatBurst minus one second of refill; keep it far above any conversation.
        ["Telegram:PerChatPerSecond"] = "1000",
        ["Telegram:PerChatBurst"] = "1000000",
        ["Bot:DatabasePath"] = databasePath,
        ["Http:Url"] = "http://127.0.0.1:0",
    };

    public static IHost Build(string token, string baseUrl, string databasePath, WarningLog warnings, Action<IHostApplicationBuilder>? configure = null) =>
        BotHost.Build([], TextReader.Null, TextWriter.Null, builder =>
        {
            builder.Configuration.AddInMemoryCollection(Settings(token, baseUrl, databasePath));
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(warnings);
            configure?.Invoke(builder);
        });

    public static T Service<T>(this IHost host)
        where T : notnull => host.Services.GetRequiredService<T>();
}

/// <summary>Keeps the bot's warnings and errors (a benchmark that hides them would measure failures).</summary>
internal sealed class WarningLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => lines.ToArray();

    public void Add(string line) => lines.Enqueue(line);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && lines.Count < 1000)
            {
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception?.GetType().Name}");
            }
        }
    }
}
