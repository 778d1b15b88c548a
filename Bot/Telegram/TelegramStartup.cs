using Bot.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram;

/// <summary>What both ways of receiving do first: check the token, then register the command menu.</summary>
public sealed class TelegramStartup(TelegramClients clients, CommandMenuPublisher menu)
{
    public static readonly UpdateType[] WantedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    public async Task<string?> CheckTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await clients.Sending.GetMe(cancellationToken)).Username;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
        {
            throw new StartupException("Telegram từ chối token; kiểm tra Telegram__Token (lấy từ BotFather). / Telegram refused the token; check Telegram__Token (from BotFather).");
        }
    }

    public Task PublishMenuAsync(CancellationToken cancellationToken) => menu.PublishAsync(cancellationToken);
}

/// <summary>When the bot last heard from its channel, for the health report.</summary>
public sealed class ChannelActivity(TimeProvider time)
{
    private long lastTicks;

    public DateTimeOffset? Last => Interlocked.Read(ref lastTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public void Touch() => Interlocked.Exchange(ref lastTicks, time.GetUtcNow().UtcTicks);
}
