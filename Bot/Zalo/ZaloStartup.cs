using Bot.Hosting;
using Bot.Storage;
using Bot.Workers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Zalo;

/// <summary>
/// What both ways of receiving do first: check the token (getMe). A refused token stops the bot;
/// an unreachable or failing Zalo is tried again, so a reboot or an outage needs no operator and
/// never takes the Telegram channel down with it.
/// </summary>
public sealed class ZaloStartup(ZaloApi api, TimeProvider time, ILogger<ZaloStartup> logger)
{
    public Task<string> CheckTokenAsync(CancellationToken cancellationToken) =>
        UntilAnsweredAsync("getMe", new { }, answer =>
            answer.Result?["account_name"]?.ToString() ?? answer.Result?["display_name"]?.ToString() ?? "bot", cancellationToken);

    /// <summary>
    /// Calls until Zalo says yes; a 401 is a setting to fix, and so is a 400 when
    /// <paramref name="refused"/> names the setting Zalo refused; anything else is tried again.
    /// </summary>
    public async Task<T> UntilAnsweredAsync<T>(string method, object body, Func<ZaloAnswer, T> read, CancellationToken cancellationToken, string? refused = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        for (var attempt = 1; ; attempt++)
        {
            string error;
            try
            {
                var answer = await api.CallAsync(method, body, cancellationToken);
                if (answer.Ok)
                {
                    return read(answer);
                }

                if (answer.ErrorCode == 401 || answer.Status == System.Net.HttpStatusCode.Unauthorized)
                {
                    throw new StartupException("Zalo từ chối token (401); kiểm tra Zalo__Token. / Zalo refused the token (401); check Zalo__Token.");
                }

                error = $"{answer.ErrorCode}: {api.Redact(answer.Description)}";
                if (refused is not null && (answer.ErrorCode == 400 || answer.Status == System.Net.HttpStatusCode.BadRequest))
                {
                    throw new StartupException(refused.Replace("{error}", error, StringComparison.Ordinal));
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException && !cancellationToken.IsCancellationRequested)
            {
                error = api.Redact(ex.Message);
            }

            var wait = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(attempt, 6))));
            logger.LogWarning("Zalo {Method} failed ({Error}); trying again in {Seconds} s", method, error, wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}

/// <summary>
/// Webhook mode: registers the address and secret once at start, and keeps trying while Zalo fails
/// (a 403, a 5xx, no answer). Zalo checks the address with a test request before it answers (the
/// web server already listens and answers it, see <see cref="ZaloWebhook"/>); an address Zalo
/// refuses (400) is a setting to fix: the bot stops with one sentence and exit code 2.
/// </summary>
public sealed class ZaloWebhookRegistrar(
    ZaloStartup startup,
    IOptions<ZaloOptions> options,
    IHostApplicationLifetime lifetime,
    ExitStatus exit,
    ILogger<ZaloWebhookRegistrar> logger) : CriticalService(lifetime, logger, exit)
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var me = await startup.CheckTokenAsync(stoppingToken);
        await startup.UntilAnsweredAsync(
            "setWebhook",
            new { url = options.Value.WebhookUrl, secret_token = options.Value.WebhookSecret },
            _ => true,
            stoppingToken,
            refused: $"Zalo từ chối địa chỉ webhook {options.Value.WebhookUrl} ({{error}}); kiểm tra Zalo__WebhookUrl, chứng chỉ https và proxy. / Zalo refused the webhook {options.Value.WebhookUrl} ({{error}}); check Zalo__WebhookUrl, the https certificate and the proxy.");
        logger.LogInformation("Receiving Zalo events for {Bot} by webhook", me);
    }
}
