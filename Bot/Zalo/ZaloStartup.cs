using Bot.Hosting;
using Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Zalo;

/// <summary>Checks the token once (getMe) and, in webhook mode, tells Zalo where to post events.</summary>
public sealed class ZaloStartup(ZaloApi api)
{
    /// <summary>The bot's name; a refused token stops the bot with a clear message.</summary>
    public async Task<string> CheckTokenAsync(CancellationToken cancellationToken)
    {
        var answer = await api.CallAsync("getMe", new { }, cancellationToken);
        if (answer.ErrorCode == 401 || (!answer.Ok && answer.Status == System.Net.HttpStatusCode.Unauthorized))
        {
            throw new StartupException("Zalo từ chối token (401); kiểm tra Zalo__Token. / Zalo refused the token (401); check Zalo__Token.");
        }

        return answer.Result?["account_name"]?.ToString() ?? answer.Result?["display_name"]?.ToString() ?? "bot";
    }
}

/// <summary>Webhook mode: registers the address and secret once at start.</summary>
public sealed class ZaloWebhookRegistrar(
    ZaloApi api,
    ZaloStartup startup,
    IOptions<ZaloOptions> options,
    IHostApplicationLifetime lifetime,
    ExitStatus exit,
    ILogger<ZaloWebhookRegistrar> logger) : CriticalService(lifetime, logger, exit)
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var me = await startup.CheckTokenAsync(stoppingToken);
        var answer = await api.CallAsync("setWebhook", new { url = options.Value.WebhookUrl, secret_token = options.Value.WebhookSecret }, stoppingToken);
        if (!answer.Ok)
        {
            throw new StartupException($"Zalo không nhận webhook ({answer.ErrorCode}: {api.Redact(answer.Description)}); kiểm tra Zalo__WebhookUrl. / Zalo refused the webhook ({answer.ErrorCode}: {api.Redact(answer.Description)}); check Zalo__WebhookUrl.");
        }

        logger.LogInformation("Receiving Zalo events for {Bot} by webhook", me);
    }
}
