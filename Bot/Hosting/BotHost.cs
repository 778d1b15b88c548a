using Bot.Operations;
using Bot.Storage;
using Bot.Workers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

public enum ChannelMode
{
    Console,

    /// <summary>Telegram, Zalo, or both: whichever has a token.</summary>
    Network,
}

/// <summary>Builds the host for one run: which channel, which configuration, and the start-up checks.</summary>
public static class BotHost
{
    /// <summary>
    /// "console" as the first argument forces the offline console; otherwise Telegram and Zalo, each
    /// when its token is configured, and the console when neither is.
    /// </summary>
    public static IHost Build(string[] args, TextReader consoleIn, TextWriter consoleOut, Action<IHostApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        NativeHeap.Tune();
        var forceConsole = args.Length > 0 && args[0].Equals("console", StringComparison.OrdinalIgnoreCase);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = forceConsole ? args[1..] : args,
            // Started from another folder, the default content root would silently skip appsettings.json.
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);
        var telegram = !string.IsNullOrWhiteSpace(builder.Configuration["Telegram:Token"]);
        var zalo = !string.IsNullOrWhiteSpace(builder.Configuration["Zalo:Token"]);
        var mode = forceConsole || !(telegram || zalo) ? ChannelMode.Console : ChannelMode.Network;
        if (mode == ChannelMode.Console && !forceConsole && ReferenceEquals(consoleIn, Console.In) && Console.IsInputRedirected)
        {
            // Under systemd or in a container nobody types: a missing token must not look like a quiet success.
            throw new StartupException("Chưa đặt Telegram__Token (hoặc Zalo__Token). Để trò chuyện thử không cần mạng, chạy: Bot console. / Telegram__Token is not set (nor Zalo__Token). To chat offline, run: Bot console.");
        }

        builder.AddBotCore();
        if (mode == ChannelMode.Network)
        {
            builder.AddOperations();
            if (telegram)
            {
                builder.AddTelegramChannel();
            }

            if (zalo)
            {
                builder.AddZaloChannel();
            }
        }
        else
        {
            // The transcript owns standard output; logs go to standard error, warnings only.
            builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
            builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            // Someone is watching the terminal: broadcast reports should not lag seconds behind.
            builder.Services.PostConfigure<DeliveryOptions>(o => o.ProgressInterval = TimeSpan.FromMilliseconds(200));
            builder.AddConsoleChannel(consoleIn, consoleOut);
        }

        var host = builder.Build();
        try
        {
            // Check the settings, open the database and read the data files now, so a mistake is
            // reported as one sentence before anything runs (not as the host's start-up stack trace).
            _ = host.Services.GetRequiredService<IOptions<BotOptions>>().Value;
            _ = host.Services.GetRequiredService<IOptions<OrganizationOptions>>().Value;
            _ = host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;
            _ = host.Services.GetRequiredService<IOptions<ZaloOptions>>().Value;
            host.Services.GetRequiredService<IRecordStore>();
            host.Services.GetRequiredService<Domain.Conversations.Router>();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Runs the bot and turns known start-up problems into one clear message and exit code 2.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader consoleIn, TextWriter consoleOut, TextWriter errors, Action<IHostApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && OperatorCommands.Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase))
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
            configure?.Invoke(builder);
            var bot = builder.Configuration.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions();
            var store = BotServices.StoppedStore(BotServices.DatabasePath(bot, builder.Environment.ContentRootPath));
            var commands = new OperatorCommands(builder.Configuration, builder.Environment.ContentRootPath, store, consoleOut, TimeProvider.System);
            return await commands.RunAsync(args[0].ToLowerInvariant(), args[1..]);
        }

        try
        {
            using var host = Build(args, consoleIn, consoleOut, configure);
            var exit = host.Services.GetRequiredService<ExitStatus>();
            await host.RunAsync();
            return exit.Code;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await errors.WriteLineAsync(failure);
            }

            return 2;
        }
        catch (StartupException ex)
        {
            await errors.WriteLineAsync(ex.Message);
            return 2;
        }
        catch (InvalidDataException ex)
        {
            await errors.WriteLineAsync($"Cấu hình không đọc được: {ex.Message} / The configuration could not be read: {ex.Message}");
            return 2;
        }
    }
}
