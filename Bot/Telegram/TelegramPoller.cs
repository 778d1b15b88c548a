using Bot.Hosting;
using Bot.Operations;
using Bot.Pipeline;
using Bot.Storage;
using Bot.Workers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.Telegram;

/// <summary>
/// Long polling that stores before it confirms: an update is confirmed to Telegram (by the next
/// offset) only after the inbox holds it, so a crash makes Telegram deliver it again and the inbox
/// drops the copy.
/// </summary>
public sealed class TelegramPoller(
    TelegramClients clients,
    TelegramStartup startup,
    ChannelActivity activity,
    UpdatePipeline pipeline,
    TelegramAttachments attachments,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ExitStatus exit,
    ILogger<TelegramPoller> logger) : CriticalService(lifetime, logger, exit)
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var bot = clients.Polling;
        var me = await startup.CheckTokenAsync(stoppingToken);
        logger.LogInformation("Polling Telegram as @{Username}", me);
        // Polling and a webhook exclude each other; going back to polling removes the webhook.
        await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: stoppingToken);
        await startup.PublishMenuAsync(stoppingToken);

        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await bot.GetUpdates(offset, 100, options.Value.PollTimeoutSeconds, TelegramStartup.WantedUpdates, stoppingToken);
                activity.Touch(UpdateMapper.Channel);
                failures = 0;
                // The whole answer is stored in one transaction before the next offset confirms it.
                var now = time.GetUtcNow();
                var envelopes = new List<Domain.Conversations.InboundEnvelope>(updates.Length);
                foreach (var update in updates)
                {
                    if (UpdateMapper.Map(update, now) is { } envelope)
                    {
                        // A sent CSV is fetched before the answer is stored: after a crash Telegram sends it again.
                        envelopes.Add(await attachments.FetchAsync(update, envelope, stoppingToken));
                    }
                }

                await pipeline.AcceptAllAsync(envelopes);
                if (updates.Length > 0)
                {
                    offset = updates[^1].Id + 1;
                }
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                throw new StartupException("Telegram từ chối token (401); kiểm tra Telegram__Token. / Telegram refused the token (401); check Telegram__Token.");
            }
            catch (Exception ex) when (ex is RequestException or HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                failures++;
                var wait = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5))));
                logger.LogWarning("Polling failed ({Error}); trying again in {Seconds} s", clients.Redact(ex.Message), wait.TotalSeconds);
                await Task.Delay(wait, time, stoppingToken);
            }
        }
    }
}
