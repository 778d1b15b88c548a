using System.Globalization;
using Bot.Delivery;
using Bot.Hosting;
using Domain.Conversations;
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

    public string Channel => UpdateMapper.Channel;

    public PacingLimits Limits { get; } = new(options.Value.GlobalPerSecond, options.Value.PerChatPerSecond, options.Value.PerChatBurst);

    public async Task<SendResult> SendAsync(UserKey recipient, Outbound message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var chat = long.Parse(recipient.Id, CultureInfo.InvariantCulture);
        var bot = clients.Sending;
        try
        {
            switch (message)
            {
                case TextOut text:
                    await SendTextAsync(bot, chat, text, cancellationToken);
                    break;
                case VenueOut venue:
                    await bot.SendVenue(chat, venue.Latitude, venue.Longitude, venue.Title, venue.Address, cancellationToken: cancellationToken);
                    break;
                case DocumentOut document:
                    using (var stream = new MemoryStream(document.Content))
                    {
                        await bot.SendDocument(chat, InputFile.FromStream(stream, document.FileName), document.Caption?.Value, ParseMode.Html, cancellationToken: cancellationToken);
                    }

                    break;
                case PhotoOut photo:
                    using (var stream = new MemoryStream(photo.Content))
                    {
                        await bot.SendPhoto(chat, InputFile.FromStream(stream, photo.FileName), photo.Caption?.Value, ParseMode.Html, cancellationToken: cancellationToken);
                    }

                    break;
                case ButtonAck ack:
                    await bot.AnswerCallbackQuery(ack.CallbackId, ack.Toast, cancellationToken: cancellationToken);
                    break;
                default:
                    return new Rejected($"cannot show {message.GetType().Name}");
            }

            return SendResult.Sent;
        }
        catch (ApiRequestException ex)
        {
            return Classify(ex);
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new Transient(clients.Redact(ex.Message));
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

    private static async Task SendTextAsync(ITelegramBotClient bot, long chat, TextOut text, CancellationToken cancellationToken)
    {
        var parts = TextSplitter.Split(text.Text.Value, MaxTextLength);
        for (var i = 0; i < parts.Count; i++)
        {
            var markup = i == parts.Count - 1 ? Markup(text) : null;
            await bot.SendMessage(chat, parts[i], ParseMode.Html, replyMarkup: markup, cancellationToken: cancellationToken);
        }
    }

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
