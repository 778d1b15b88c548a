using Domain.Conversations;
using Domain.Users;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram;

/// <summary>Turns a Telegram update into a channel-neutral inbound event; null for what the bot ignores.</summary>
public static class UpdateMapper
{
    public const string Channel = "telegram";

    public static InboundEnvelope? Map(Update update, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(update);
        var id = $"{Channel}:{update.Id}";
        if (update.CallbackQuery is { From: { } presser } query)
        {
            return new InboundEnvelope(
                id,
                Key(presser.Id),
                new ButtonIn(query.Data ?? string.Empty, query.Id, query.Message?.MessageId),
                receivedAt,
                presser.FirstName,
                presser.LanguageCode);
        }

        if (update.Message is not { From: { } sender } message || message.Chat.Type != ChatType.Private)
        {
            return null;
        }

        Inbound inbound = message switch
        {
            { Text: { } text } => CommandIn.TryParse(text) ?? (Inbound)new TextIn(text),
            { Contact: { } contact } => new ContactIn(contact.PhoneNumber, contact.UserId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            { Photo: [.., var largest] } => new MediaIn(MediaKind.Photo, largest.FileId, null, message.Caption),
            { Document: { } document } => new MediaIn(MediaKind.Document, document.FileId, document.FileName, message.Caption) { MimeType = document.MimeType },
            _ => new UnsupportedIn(message.Type.ToString()),
        };
        return new InboundEnvelope(id, Key(sender.Id), inbound, receivedAt, sender.FirstName, sender.LanguageCode);
    }

    public static UserKey Key(long userId) => new(Channel, userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
