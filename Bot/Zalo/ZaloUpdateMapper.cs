using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Domain.Conversations;
using Domain.Users;

namespace Bot.Zalo;

/// <summary>
/// Turns a Zalo event into a channel-neutral inbound event; null for what the bot ignores (group
/// chats, chats whose type is not given, other bots, events that name no chat). A pure function
/// of the event: a typed number stays text, and the turn reads it as the choice it stands for
/// (<see cref="TypedChoices"/>).
/// </summary>
public sealed class ZaloUpdateMapper
{
    public const string Channel = ZaloSender.ChannelName;

    public InboundEnvelope? Map(JsonNode? update, DateTimeOffset receivedAt)
    {
        // Webhook calls carry the event itself; some integrations wrap it as getUpdates does. Any
        // other shape is ignored: a strange event must never stop the channel.
        var body = update as JsonObject;
        if (body?["result"] is JsonObject wrapped)
        {
            body = wrapped;
        }

        if (body is null)
        {
            return null;
        }

        var eventName = Text(body["event_name"]);
        return body["message"] is JsonObject message
            ? FromMessage(eventName, message, receivedAt)
            : WithoutMessage(eventName, body, receivedAt);
    }

    public static UserKey Key(string chatId) => new(Channel, chatId);

    private InboundEnvelope? FromMessage(string? eventName, JsonObject message, DateTimeOffset receivedAt)
    {
        var chat = message["chat"] as JsonObject;
        var from = message["from"] as JsonObject;
        // Only a private chat is a conversation with one person: a group's chat (or one whose type
        // is not said) would show a member's data to everyone in it.
        if (Text(chat?["id"]) is not { Length: > 0 } chatId
            || Text(message["message_id"]) is not { Length: > 0 } messageId
            || Text(from?["is_bot"]) == "true"
            || !IsPrivate(chat))
        {
            return null;
        }

        var name = Text(from?["display_name"]) ?? Text(from?["first_name"]);
        var inbound = eventName switch
        {
            "message.text.received" when Text(message["text"]) is { } text => FromText(text),
            // The documentation names the picture `photo`; integrations see `photo_url`.
            "message.image.received" when (Text(message["photo"]) ?? Text(message["photo_url"])) is { Length: > 0 } photo =>
                new MediaIn(MediaKind.Photo, photo, null, Text(message["caption"])),
            "message.sticker.received" => new UnsupportedIn("sticker"),
            "message.voice.received" => new UnsupportedIn("voice"),
            var other => new UnsupportedIn(other ?? "unknown"),
        };
        return new InboundEnvelope($"{Channel}:{messageId}", Key(chatId), inbound, receivedAt, name);
    }

    /// <summary>
    /// Zalo sends some events (message.unsupported.received for a protected user) without a
    /// message: the person still gets an answer when the event names them. A person's id is the id
    /// of their private chat with the bot (bots cannot join groups); a chat object must say it is
    /// private. There is no message id to deduplicate on, so the event's own time stands in.
    /// </summary>
    private static InboundEnvelope? WithoutMessage(string? eventName, JsonObject body, DateTimeOffset receivedAt)
    {
        string? chatId;
        if (body["chat"] is JsonObject chat)
        {
            chatId = IsPrivate(chat) ? Text(chat["id"]) : null;
        }
        else
        {
            var person = body["from"] as JsonObject ?? body["sender"] as JsonObject;
            chatId = Text(person?["is_bot"]) == "true" ? null : Text(person?["id"]);
        }

        if (chatId is not { Length: > 0 })
        {
            return null;
        }

        var at = Text(body["timestamp"]) ?? Text(body["date"]) ?? receivedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var what = eventName ?? "unknown";
        return new InboundEnvelope($"{Channel}:{what}:{chatId}:{at}", Key(chatId), new UnsupportedIn(what), receivedAt);
    }

    private static bool IsPrivate(JsonObject? chat) =>
        string.Equals(Text(chat?["chat_type"]), "PRIVATE", StringComparison.OrdinalIgnoreCase);

    private static Inbound FromText(string text) => CommandIn.TryParse(text) ?? (Inbound)new TextIn(text);

    /// <summary>A string, number or boolean as text ("true"); null for anything else.</summary>
    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
            ? (value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString())
            : null;
}
