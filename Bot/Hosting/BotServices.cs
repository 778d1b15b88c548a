using Bot.ConsoleChannel;
using Bot.Delivery;
using Bot.Operations;
using Bot.Pipeline;
using Bot.Storage;
using Bot.Telegram;
using Bot.Workers;
using Bot.Zalo;
using Domain;
using Domain.Conversations;
using Domain.Text;
using Domain.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>
/// The bot's registrations, grouped so that Program.cs stays a few lines. This is the composition
/// root: the one class outside Bot/Storage that names the store's LiteDB classes, to register each
/// behind the port (StorePort.cs) the rest of the bot is given (LayerRulesTests holds it to that).
/// </summary>
public static class BotServices
{
    /// <summary>Turns handled at once (different people); docs/benchmarks-history.md (2026-12-03) says how it was chosen.</summary>
    public const int TurnsInFlight = 32;

    public static IHostApplicationBuilder AddBotCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BotOptions>().Bind(builder.Configuration.GetSection(BotOptions.Section))
            .PostConfigure(bot => OrganizationOptions.Apply(builder.Configuration, bot)).ValidateOnStart();
        services.AddOptions<OrganizationOptions>().Bind(builder.Configuration.GetSection(OrganizationOptions.Section)).ValidateOnStart();
        services.AddOptions<TelegramOptions>().Bind(builder.Configuration.GetSection(TelegramOptions.Section)).ValidateOnStart();
        services.AddOptions<ZaloOptions>().Bind(builder.Configuration.GetSection(ZaloOptions.Section)).ValidateOnStart();
        services.AddOptions<ConsoleOptions>().Bind(builder.Configuration.GetSection(ConsoleOptions.Section));
        services.AddOptions<ReminderOptions>().Bind(builder.Configuration.GetSection(ReminderOptions.Section));
        services.AddOptions<DeliveryOptions>().Bind(builder.Configuration.GetSection(DeliveryOptions.Section));
        services.AddOptions<HealthOptions>().Bind(builder.Configuration.GetSection(HealthOptions.Section));
        services.AddOptions<FloodOptions>().Bind(builder.Configuration.GetSection(FloodOptions.Section));
        services.AddOptions<RetentionOptions>().Bind(builder.Configuration.GetSection(RetentionOptions.Section));
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidation>();
        services.AddSingleton<IValidateOptions<OrganizationOptions>, OrganizationOptionsValidation>();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidation>();
        services.AddSingleton<IValidateOptions<ZaloOptions>, ZaloOptionsValidation>();
        // Tests put a fake clock in first; the real one is only the default.
        services.TryAddSingleton(TimeProvider.System);
        // Under systemd (Type=notify) the host reports "ready" and logs for journald; elsewhere this does nothing.
        services.AddSystemd();
        services.AddSingleton<ExitStatus>();
        services.AddSingleton(Settings);
        services.AddSingleton<ChannelLinks>();

        services.AddSingleton(sp => new DataFile(DatabasePath(sp.GetRequiredService<IOptions<BotOptions>>().Value, builder.Environment.ContentRootPath)));
        services.AddSingleton(sp => new Database(sp.GetRequiredService<DataFile>().Path, StoredEntities.Types));
        // About 2,000 people mid-conversation with a handful of records each; a few megabytes.
        services.AddSingleton(new EntityCache(20_000));
        services.AddSingleton(sp => new EntityStore(sp.GetRequiredService<Database>(), StoredEntities.Mirrored, sp.GetRequiredService<EntityCache>()));
        services.AddSingleton<Inbox>();
        services.AddSingleton<SignalFeed>();
        // The store's port (StorePort.cs): what the layers above use, each the one LiteDB-backed instance.
        services.AddSingleton<IReadModel>(sp => sp.GetRequiredService<EntityStore>());
        services.AddSingleton<IRecordStore>(sp => sp.GetRequiredService<EntityStore>());
        services.AddSingleton<IInbox>(sp => sp.GetRequiredService<Inbox>());
        services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<Outbox>());
        services.AddSingleton<IReachability>(sp => sp.GetRequiredService<Reachability>());
        services.AddSingleton<ITurnStore>(sp => sp.GetRequiredService<TurnCommitter>());
        services.AddSingleton<IStoreProbe>(sp => sp.GetRequiredService<StoreProbe>());
        services.AddSingleton<Outbox>();
        services.AddSingleton<Reachability>();
        services.AddSingleton<GroupCommit>();
        services.AddSingleton<PersonalDataScrub>();
        services.AddSingleton<ErasureFinisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ErasureFinisher>());
        services.AddSingleton<TurnCommitter>();
        services.AddSingleton<StoreProbe>();

        services.AddDomain();
        // A turn keeps its slot until its commit is on the device (a sync takes milliseconds, with
        // the processor idle), so several turns per core wait on the disk at any moment.
        services.AddSingleton(sp => new KeyedWorkQueue(TurnsInFlight, sp.GetRequiredService<ILogger<KeyedWorkQueue>>()));
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<FloodGuard>();
        services.AddSingleton<UpdatePipeline>();
        services.AddSingleton<OutboxQueue>();
        services.AddSingleton<ChoiceNumbers>();
        services.AddSingleton<AskedMessages>();

        // Start order matters: recover unhandled input, then start sending, then listen.
        services.AddHostedService(sp => new MeetingSeed(
            sp.GetRequiredService<EntityStore>(),
            Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, sp.GetRequiredService<IOptions<BotOptions>>().Value.MeetingsFile))));
        services.AddHostedService<PipelineRecovery>();
        services.AddHostedService<OutboxSender>();
        services.AddSingleton<BroadcastMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<BroadcastMonitor>());
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
        services.AddSingleton<RetentionSweep>();
        services.AddSingleton<Housekeeping>();
        services.AddHostedService(sp => sp.GetRequiredService<Housekeeping>());
        services.AddSingleton<RecoveryMarker>();
        services.AddHostedService(sp => sp.GetRequiredService<RecoveryMarker>());
        services.AddHostedService(sp => new StorageWatchdog(
            sp.GetRequiredService<Database>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IHostApplicationLifetime>(),
            sp.GetRequiredService<ExitStatus>(),
            sp.GetRequiredService<ILogger<StorageWatchdog>>(),
            sp.GetRequiredService<StoreProbe>(),
            sp.GetRequiredService<IOptions<HealthOptions>>().Value.StoreTimeout));
        services.AddHostedService<SystemdWatchdog>();
        return builder;
    }

    /// <summary>What every networked channel shares: the web server (webhooks, /health, backups) and the health report.</summary>
    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<HttpOptions>().Bind(builder.Configuration.GetSection(HttpOptions.Section));
        services.AddSingleton<ChannelActivity>();
        services.AddSingleton<HealthMonitor>();
        services.AddSingleton<IStoreBackup, BackupService>();
        services.AddSingleton<AdminKey>();
        services.AddSingleton<HttpEndpoint>();
        services.AddHostedService(sp => sp.GetRequiredService<HttpEndpoint>());
        services.AddHostedService<HealthReporter>();
        return builder;
    }

    public static IHostApplicationBuilder AddTelegramChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<TelegramClients>();
        services.AddSingleton<CommandMenuPublisher>();
        services.AddSingleton<TelegramStartup>();
        services.AddSingleton<TelegramAttachments>();
        services.AddSingleton<ILateFileFetch>(sp => sp.GetRequiredService<TelegramAttachments>());
        services.AddSingleton<IChannelSender, TelegramSender>();
        if (builder.Configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>()?.UsesWebhook == true)
        {
            services.AddSingleton<IWebhook, TelegramWebhook>();
            services.AddHostedService<WebhookRegistrar>();
        }
        else
        {
            services.AddHostedService<TelegramPoller>();
        }

        return builder;
    }

    public static IHostApplicationBuilder AddZaloChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<ZaloApi>();
        services.AddSingleton<ZaloUpdateMapper>();
        services.AddSingleton<ZaloStartup>();
        services.AddSingleton<ZaloDeliveryEvidence>();
        services.AddSingleton<ZaloQuota>();
        services.AddSingleton<ZaloQuotaNotice>();
        services.AddSingleton<IChannelSender, ZaloSender>();
        if (builder.Configuration.GetSection(ZaloOptions.Section).Get<ZaloOptions>()?.UsesWebhook == true)
        {
            services.AddSingleton<IWebhook, ZaloWebhook>();
            services.AddHostedService<ZaloWebhookRegistrar>();
        }
        else
        {
            services.AddHostedService<ZaloPoller>();
        }

        return builder;
    }

    public static IHostApplicationBuilder AddConsoleChannel(this IHostApplicationBuilder builder, TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton(sp => new ConsoleOutput(
            output,
            Path.Combine(sp.GetRequiredService<DataFile>().Folder, "console-files")));
        services.AddSingleton<IChannelSender, ConsoleSender>();
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<ConsoleChat>(sp, input));
        return builder;
    }

    public static string DatabasePath(BotOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.GetFullPath(Path.Combine(contentRoot, options.DatabasePath));
    }

    /// <summary>The store as the operator's commands find it, the bot running or not.</summary>
    public static IStoppedStore StoppedStore(string databasePath) => new StoppedStore(databasePath, StoredEntities.Types);

    private static BotSettings Settings(IServiceProvider services)
    {
        var bot = services.GetRequiredService<IOptions<BotOptions>>().Value;
        var telegram = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var console = services.GetRequiredService<IOptions<ConsoleOptions>>().Value;
        var zalo = services.GetRequiredService<IOptions<ZaloOptions>>().Value;
        // Console organizers only exist while the console channel runs: serving Telegram, nothing
        // should be addressed to them.
        var consoleRuns = services.GetServices<IChannelSender>().Any(c => c.Channel == ConsoleSender.ChannelName);
        var organizers = telegram.OrganizerIds.Select(UpdateMapper.Key)
            .Concat(zalo.OrganizerIds.Select(ZaloUpdateMapper.Key))
            .Concat(consoleRuns ? console.OrganizerIds.Select(ConsoleChat.Key) : [])
            .ToHashSet();
        return new BotSettings
        {
            Organizers = organizers,
            DefaultLanguage = LangCodes.TryParse(bot.DefaultLanguage, out var language) ? language : Lang.Vi,
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(bot.TimeZone),
            AutoApprove = bot.AutoApprove,
            Reminders = services.GetRequiredService<IOptions<ReminderOptions>>().Value.ToTimes(),
            Organization = services.GetRequiredService<IOptions<OrganizationOptions>>().Value.ToOrganization(),
            Links = services.GetRequiredService<ChannelLinks>(),
        };
    }

    private sealed class PipelineRecovery(UpdatePipeline pipeline, ILogger<PipelineRecovery> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var count = pipeline.Recover();
            if (count > 0)
            {
                logger.LogInformation("Resuming {Count} events received before the last stop", count);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
