using Bot.Hosting;
using Bot.Workers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Telegram;

/// <summary>Webhook mode: tells Telegram where to post updates and with which secret, once at start.</summary>
public sealed class WebhookRegistrar(
    TelegramClients clients,
    TelegramStartup startup,
    IOptions<TelegramOptions> options,
    IHostApplicationLifetime lifetime,
    ExitStatus exit,
    ILogger<WebhookRegistrar> logger) : CriticalService(lifetime, logger, exit)
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var me = await startup.CheckTokenAsync(stoppingToken);
        await clients.Sending.SetWebhook(
            options.Value.WebhookUrl!,
            allowedUpdates: TelegramStartup.WantedUpdates,
            secretToken: options.Value.WebhookSecret,
            cancellationToken: stoppingToken);
        logger.LogInformation("Receiving Telegram updates for @{Username} by webhook", me);
        await startup.PublishMenuAsync(stoppingToken);
    }
}
