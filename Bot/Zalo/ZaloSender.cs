using System.Net;
using Bot.Delivery;
using Bot.Hosting;
using Domain;
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
    ChoiceNumbers numbers,
    ZaloDeliveryEvidence evidence,
    ZaloQuota quota,
    ZaloQuotaNotice quotaNotice,
    IReadModel store,
    IOptions<BotOptions> bot,
    IOptions<ZaloOptions> options,
    TimeProvider time,
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

        var person = Identities.PersonOf(store, recipient);
        var lang = MemberTexts.LangOf(store, person, defaultLanguage);
        // Placed before sending: a quick reply must find the choices its message shows. A send
        // that fails is retried with the same numbers.
        var first = message is TextOut text ? numbers.Place(recipient, text) : null;
        var (parts, _) = ZaloRenderer.Render(message, lang, first);
        if (parts.Count == 0)
        {
            return new Rejected($"cannot show {message.GetType().Name}");
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
                    return await ClassifyAsync(recipient.Id, answer) with { PartsAccepted = i };
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new Transient(api.Redact(ex.Message)) { PartsAccepted = i };
        }

        evidence.Succeeded(recipient.Id, time.GetUtcNow());
        if (quota.Accepted())
        {
            logger.LogInformation("Zalo accepts messages again: its quota is back");
        }

        return SendResult.Sent;
    }

    /// <summary>Zalo cannot change a sent message: the broadcast's final report is its only update there.</summary>
    public Task<bool> EditTextAsync(UserKey recipient, long messageId, Html text, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>
    /// Zalo's documented codes: 401 a bad token, 403 "Internal server error", 408 a timeout, 429
    /// "Quota exceeded". A server fault is tried again; only evidence that holds (see
    /// <see cref="ZaloDeliveryEvidence"/>) makes a person unreachable on Zalo.
    /// </summary>
    private async Task<SendResult> ClassifyAsync(string chatId, ZaloAnswer answer)
    {
        var error = $"Zalo {answer.ErrorCode}: {api.Redact(answer.Description)}";
        logger.LogWarning("Zalo refused a send: {Error}", error);
        var now = time.GetUtcNow();
        switch (answer.ErrorCode)
        {
            case 429:
            case var _ when answer.Status is HttpStatusCode.TooManyRequests:
                var wait = quota.Refused(now, out var first);
                if (first)
                {
                    logger.LogWarning("Zalo's quota is exhausted: Zalo messages wait {Seconds} s, then longer each time it is still refused", wait.TotalSeconds);
                    await quotaNotice.TellOrganizersAsync(now);
                }

                return new RetryAfter(wait);
            case 401:
                return new Rejected($"{error} (check Zalo__Token)");
            case 408:
                return new Transient(error);
            case 403 or 404 or >= 500:
            case var _ when (int)answer.Status >= 500:
                return evidence.Failed(chatId, now) ? new Unreachable($"{error}; failing since {options.Value.UnreachableAfter} or longer while other chats get messages") : new Transient(error);
            default:
                return new Rejected(error);
        }
    }
}
