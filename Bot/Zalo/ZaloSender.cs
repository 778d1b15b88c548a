using System.Net;
using Bot.Delivery;
using Bot.Hosting;
using Bot.Storage;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using Domain.Users;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Zalo;

/// <summary>Shows outbound messages on Zalo (see <see cref="ZaloRenderer"/>) and translates its answers into send results.</summary>
public sealed class ZaloSender(
    ZaloApi api,
    ShownChoices choices,
    EntityStore store,
    IOptions<BotOptions> bot,
    IOptions<ZaloOptions> options,
    ILogger<ZaloSender> logger) : IChannelSender
{
    public const string ChannelName = "zalo";

    // Not BotSettings: building those asks every channel sender whether the console runs.
    private readonly Lang defaultLanguage = LangCodes.TryParse(bot.Value.DefaultLanguage, out var lang) ? lang : Lang.Vi;

    public string Channel => ChannelName;

    public PacingLimits Limits { get; } = new(
        options.Value.GlobalPerSecond,
        options.Value.PerChatPerSecond > 0 ? options.Value.PerChatPerSecond : null,
        options.Value.PerChatBurst);

    public Task<SendResult> SendAsync(UserKey recipient, Outbound message, bool bulk, CancellationToken cancellationToken) =>
        SendFromPartAsync(recipient, message, bulk, 0, cancellationToken);

    public async Task<SendResult> SendFromPartAsync(UserKey recipient, Outbound message, bool bulk, int firstPart, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message is ButtonAck)
        {
            // Nothing was pressed on Zalo: a typed number has no spinner to stop.
            return SendResult.Sent;
        }

        var lang = MemberTexts.LangOf(store, Identities.PersonOf(store, recipient), defaultLanguage);
        var (parts, shown) = ZaloRenderer.Render(message, lang);
        if (parts.Count == 0)
        {
            return new Rejected($"cannot show {message.GetType().Name}");
        }

        // Remembered before sending: a quick reply must find the choices its message shows. A send
        // that fails is retried with the same choices.
        if (shown is not null && ChangesTheChoices(recipient, shown, bulk))
        {
            choices.Show(recipient, shown);
        }

        // The parts an earlier attempt got accepted are not sent again.
        var i = Math.Max(0, firstPart);
        try
        {
            for (; i < parts.Count; i++)
            {
                var part = parts[i];
                var answer = part.PhotoUrl is { } photo
                    ? await api.CallAsync("sendPhoto", new { chat_id = recipient.Id, photo }, cancellationToken)
                    : await api.CallAsync("sendMessage", new { chat_id = recipient.Id, text = part.Text }, cancellationToken);
                if (!answer.Ok)
                {
                    return Classify(answer) with { PartsAccepted = i };
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new Transient(api.Redact(ex.Message)) { PartsAccepted = i };
        }

        return SendResult.Sent;
    }

    /// <summary>
    /// In the middle of a conversation a typed number answers its question: a notice or an
    /// approval card arriving meanwhile is shown, but its choices do not take the numbers over.
    /// </summary>
    private bool ChangesTheChoices(UserKey recipient, IReadOnlyList<Choice> shown, bool bulk)
    {
        var flow = store.Find<Session>(Identities.PersonOf(store, recipient).ToString())?.Flow;
        if (flow is null)
        {
            return true;
        }

        return !bulk && (shown.Count == 0 || shown.Any(c => c.ButtonData is null || c.ButtonData.StartsWith(flow + ":", StringComparison.Ordinal)));
    }

    /// <summary>Zalo cannot change a sent message: the broadcast's final report is its only update there.</summary>
    public Task<bool> EditTextAsync(UserKey recipient, long messageId, Html text, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>Zalo documents no error codes; these follow HTTP's meaning, which its answers use.</summary>
    public SendResult Classify(ZaloAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var error = $"Zalo {answer.ErrorCode}: {api.Redact(answer.Description)}";
        logger.LogWarning("Zalo refused a send: {Error}", error);
        return answer.ErrorCode switch
        {
            429 => new RetryAfter(TimeSpan.FromSeconds(5)),
            401 => new Rejected($"{error} (check Zalo__Token)"),
            403 or 404 => new Unreachable(error),
            408 or >= 500 => new Transient(error),
            _ when answer.Status is HttpStatusCode.TooManyRequests => new RetryAfter(TimeSpan.FromSeconds(5)),
            _ when (int)answer.Status >= 500 => new Transient(error),
            _ => new Rejected(error),
        };
    }
}
