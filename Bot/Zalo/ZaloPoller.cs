using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Hosting;
using Bot.Operations;
using Bot.Pipeline;
using Bot.Storage;
using Bot.Telegram;
using Bot.Workers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Zalo;

/// <summary>
/// Long polling on Zalo: one event per getUpdates call. Zalo has no offset to confirm with, so an
/// event is stored in the inbox (deduplicated on its message id) before the next poll.
/// </summary>
public sealed class ZaloPoller(
    ZaloApi api,
    ZaloStartup startup,
    ZaloUpdateMapper mapper,
    ChannelActivity activity,
    UpdatePipeline pipeline,
    IOptions<ZaloOptions> options,
    IOptions<TelegramOptions> telegram,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ExitStatus exit,
    ILogger<ZaloPoller> logger) : CriticalService(lifetime, logger, exit)
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        WarnIfPublic();
        var me = await startup.CheckTokenAsync(stoppingToken);
        // getUpdates does not work while a webhook is set.
        await startup.UntilAnsweredAsync("deleteWebhook", new { }, _ => true, stoppingToken);
        logger.LogInformation("Polling Zalo as {Bot}", me);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var answer = await api.PollAsync("getUpdates", new { timeout = options.Value.PollTimeoutSeconds.ToString(CultureInfo.InvariantCulture) }, stoppingToken);
                if (answer.Ok || answer.ErrorCode == 408)
                {
                    // 408: no event within the timeout, the normal empty answer of a long poll.
                    activity.Touch(ZaloSender.ChannelName);
                    failures = 0;
                    if (answer.Ok)
                    {
                        Accept(answer.Result);
                    }

                    continue;
                }

                if (answer.ErrorCode == 401)
                {
                    throw new StartupException("Zalo từ chối token (401); kiểm tra Zalo__Token. / Zalo refused the token (401); check Zalo__Token.");
                }

                logger.LogWarning("Zalo getUpdates answered {Code}: {Description}", answer.ErrorCode, api.Redact(answer.Description));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Polling Zalo failed ({Error})", api.Redact(ex.Message));
            }

            failures++;
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5)))), time, stoppingToken);
        }
    }

    /// <summary>
    /// Zalo recommends webhooks in production (polling "may miss events"): a machine with a public
    /// address configured could use one.
    /// </summary>
    private void WarnIfPublic()
    {
        var address = !string.IsNullOrWhiteSpace(options.Value.WebhookUrl) ? ("Zalo:WebhookUrl", options.Value.WebhookUrl)
            : telegram.Value.UsesWebhook && !string.IsNullOrWhiteSpace(telegram.Value.WebhookUrl) ? ("Telegram:WebhookUrl", telegram.Value.WebhookUrl)
            : default;
        if (address.Item1 is not null)
        {
            logger.LogWarning(
                "Zalo is polled although a public address is configured ({Setting} = {Url}); Zalo recommends webhook mode in production, as polling may miss events: set Zalo__Mode=webhook",
                address.Item1,
                address.Item2);
        }
    }

    private void Accept(JsonNode? result)
    {
        // Some answers hold a list of events: take each.
        var events = result is JsonArray list ? list.ToList() : [result];
        foreach (var item in events)
        {
            if (mapper.Map(item, time.GetUtcNow()) is { } envelope)
            {
                pipeline.Accept(envelope);
            }
            else
            {
                logger.LogInformation("Zalo event ignored (not a private message the bot reads)");
            }
        }
    }
}
