using Bot.Storage;
using Bot.Workers;
using Domain.Conversations;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram;

/// <summary>What both ways of receiving do first: check the token, then register the command menu.</summary>
public sealed class TelegramStartup(TelegramClients clients, CommandMenuPublisher menu, ChannelLinks links, TimeProvider time, ILogger<TelegramStartup> logger)
{
    public static readonly UpdateType[] WantedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    /// <summary>
    /// Asks Telegram who the bot is. A refused token stops the bot; an unreachable Telegram (the
    /// server booted before its network) is tried again, so a reboot needs no operator.
    /// </summary>
    public async Task<string?> CheckTokenAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var username = (await clients.Sending.GetMe(cancellationToken)).Username;
                // Deep links (registration QR codes) need it; until now they fell back to typed commands.
                links.Learn(username);
                return username;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                throw new StartupException("Telegram từ chối token; kiểm tra Telegram__Token (lấy từ BotFather). / Telegram refused the token; check Telegram__Token (from BotFather).");
            }
            catch (Exception ex) when (ex is RequestException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                var wait = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(attempt, 6))));
                logger.LogWarning("Telegram is not reachable ({Error}); trying again in {Seconds} s", clients.Redact(ex.Message), wait.TotalSeconds);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    public Task PublishMenuAsync(CancellationToken cancellationToken) => menu.PublishAsync(cancellationToken);
}
