using Bot.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Telegram;

/// <summary>
/// The two Bot API clients: one for long polling, whose HTTP timeout must outlast the poll, and
/// one for sending, which should give up on a stuck call quickly. Neither uses
/// IHttpClientFactory's logging: Telegram request URLs contain the token.
/// </summary>
public sealed class TelegramClients : IDisposable
{
    private readonly HttpClient pollingHttp;
    private readonly HttpClient sendingHttp;

    public TelegramClients(IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Token = settings.Token ?? throw new InvalidOperationException("Telegram:Token is not set.");
        pollingHttp = new HttpClient { Timeout = TimeSpan.FromSeconds(settings.PollTimeoutSeconds + 15) };
        sendingHttp = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        Polling = new TelegramBotClient(ClientOptions(settings), pollingHttp);
        Sending = new TelegramBotClient(ClientOptions(settings), sendingHttp);
    }

    public string Token { get; }

    public ITelegramBotClient Polling { get; }

    public ITelegramBotClient Sending { get; }

    /// <summary>Removes the token from any text before it is logged.</summary>
    public string Redact(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Replace(Token, "<token>", StringComparison.Ordinal);

    public void Dispose()
    {
        pollingHttp.Dispose();
        sendingHttp.Dispose();
    }

    private static TelegramBotClientOptions ClientOptions(TelegramOptions settings) =>
        new(settings.Token!, string.IsNullOrEmpty(settings.BaseUrl) ? null : settings.BaseUrl.TrimEnd('/'))
        {
            // The sender handles 429 itself (it pauses the whole channel); the client's own
            // retry would silently hold a send for up to a minute.
            RetryThreshold = 0,
            RetryCount = 1,
        };
}
