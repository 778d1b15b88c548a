using System.Globalization;
using Bot.Delivery;
using Bot.Hosting;
using Domain.Conversations;
using Domain.Text;
using Domain.Users;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Telegram;

/// <summary>Shows outbound messages on Telegram and translates its answers into send results.</summary>
public sealed class TelegramSender(TelegramClients clients, IOptions<TelegramOptions> options) : IChannelSender
{
    public const int MaxTextLength = 4096;

    private readonly TelegramOptions settings = options.Value;

    public string Channel => UpdateMapper.Channel;

    public PacingLimits Limits { get; } = new(
        options.Value.AllowPaidBroadcast ? options.Value.PaidBroadcastPerSecond : options.Value.GlobalPerSecond,
        // 0 turns per-chat pacing off (a self-hosted Bot API server, or tests measuring other things).
        options.Value.PerChatPerSecond > 0 ? options.Value.PerChatPerSecond : null,
        options.Value.PerChatBurst);

    public Task<SendResult> SendAsync(UserKey recipient, Outbound message, bool bulk, CancellationToken cancellationToken) =>
        SendFromPartAsync(recipient, message, bulk, 0, cancellationToken);

    public async Task<SendResult> SendFromPartAsync(UserKey recipient, Outbound message, bool bulk, int firstPart, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var chat = long.Parse(recipient.Id, CultureInfo.InvariantCulture);
        var bot = clients.Sending;
        // Paid broadcast lifts Telegram's overall limit for broadcasts, for a fee per message: only when configured.
        var paid = bulk && settings.AllowPaidBroadcast;
        try
        {
            Message? sent;
            switch (message)
            {
                case TextOut text:
                    return await SendTextAsync(bot, chat, text, paid, firstPart, cancellationToken);
                case VenueOut venue:
                    sent = await bot.SendVenue(chat, venue.Latitude, venue.Longitude, venue.Title, venue.Address, allowPaidBroadcast: paid, cancellationToken: cancellationToken);
                    break;
                case PhotoOut photo when !PhotoDimensions.FitAsPhoto(photo.Content):
                    using (var stream = new MemoryStream(photo.Content))
                    {
                        sent = await bot.SendDocument(chat, InputFile.FromStream(stream, photo.FileName), photo.Caption?.Value, ParseMode.Html, allowPaidBroadcast: paid, cancellationToken: cancellationToken);
                    }

                    break;
                case DocumentOut document:
                    using (var stream = new MemoryStream(document.Content))
                    {
                        sent = await bot.SendDocument(chat, InputFile.FromStream(stream, document.FileName), document.Caption?.Value, ParseMode.Html, allowPaidBroadcast: paid, cancellationToken: cancellationToken);
                    }

                    break;
                case PhotoOut photo:
                    using (var stream = new MemoryStream(photo.Content))
                    {
                        sent = await bot.SendPhoto(chat, InputFile.FromStream(stream, photo.FileName), photo.Caption?.Value, ParseMode.Html, allowPaidBroadcast: paid, cancellationToken: cancellationToken);
                    }

                    break;
                case MediaOut { Kind: MediaKind.Photo } media:
                    sent = await bot.SendPhoto(chat, FileOf(media), allowPaidBroadcast: paid, cancellationToken: cancellationToken);
                    break;
                case MediaOut media:
                    sent = await bot.SendDocument(chat, FileOf(media), allowPaidBroadcast: paid, cancellationToken: cancellationToken);
                    break;
                case ButtonAck ack:
                    await bot.AnswerCallbackQuery(ack.CallbackId, ack.Toast, cancellationToken: cancellationToken);
                    sent = null;
                    break;
                default:
                    return new Rejected($"cannot show {message.GetType().Name}");
            }

            return new Delivered(sent?.MessageId);
        }
        catch (Exception ex) when (Failure(ex, cancellationToken) is { } failure)
        {
            return failure;
        }
    }

    public static SendResult Classify(ApiRequestException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex.ErrorCode switch
        {
            429 => new RetryAfter(TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1))),
            403 => new Unreachable(ex.Message),
            400 when ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase) => new Unreachable(ex.Message),
            >= 500 => new Transient(ex.Message),
            _ => new Rejected(ex.Message),
        };
    }

    public async Task<bool> EditTextAsync(UserKey recipient, long messageId, Html text, CancellationToken cancellationToken)
    {
        try
        {
            await clients.Sending.EditMessageText(long.Parse(recipient.Id, CultureInfo.InvariantCulture), (int)messageId, text.Value, ParseMode.Html, cancellationToken: cancellationToken);
            return true;
        }
        catch (ApiRequestException ex) when (ex.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        catch (Exception ex) when (ex is ApiRequestException or RequestException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>What a failed call means for the message; null for an error that is not the channel's answer.</summary>
    private SendResult? Failure(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        ApiRequestException api => Classify(api),
        RequestException or HttpRequestException or TaskCanceledException when !cancellationToken.IsCancellationRequested => new Transient(clients.Redact(ex.Message)),
        _ => null,
    };

    /// <summary>
    /// Sends a text, in parts when it is too long, from <paramref name="firstPart"/> on; the buttons
    /// go on the last part, whose message id is returned. A failure says how many parts went.
    /// </summary>
    private async Task<SendResult> SendTextAsync(ITelegramBotClient bot, long chat, TextOut text, bool paid, int firstPart, CancellationToken cancellationToken)
    {
        var parts = TextSplitter.Split(text.Text.Value, MaxTextLength);
        Message? last = null;
        for (var i = Math.Max(0, firstPart); i < parts.Count; i++)
        {
            var markup = i == parts.Count - 1 ? Markup(text) : null;
            try
            {
                last = await bot.SendMessage(chat, parts[i], ParseMode.Html, replyMarkup: markup, allowPaidBroadcast: paid, cancellationToken: cancellationToken);
            }
            catch (Exception ex) when (Failure(ex, cancellationToken) is { } failure)
            {
                return failure with { PartsAccepted = i };
            }
        }

        return new Delivered(last?.MessageId);
    }

    /// <summary>A file received on Telegram is sent on by its id; one received on Zalo is a web address.</summary>
    private static InputFile FileOf(MediaOut media) =>
        Uri.TryCreate(media.FileId, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? InputFile.FromUri(uri)
            : InputFile.FromFileId(media.FileId);

    private static ReplyMarkup? Markup(TextOut text)
    {
        if (text.Buttons.Count > 0)
        {
            return new InlineKeyboardMarkup(text.Buttons.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data))));
        }

        if (text.Keyboard is { } keyboard)
        {
            var rows = new List<KeyboardButton[]>();
            if (keyboard.ContactLabel is { } contact)
            {
                rows.Add([KeyboardButton.WithRequestContact(contact)]);
            }

            rows.AddRange(keyboard.Keys.Select(k => new[] { new KeyboardButton(k) }));
            return new ReplyKeyboardMarkup(rows) { ResizeKeyboard = true, OneTimeKeyboard = true };
        }

        return text.RemoveKeyboard ? new ReplyKeyboardRemove() : null;
    }
}
