using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Delivery;
using Domain.Conversations;
using Domain.Users;

namespace Bot.Zalo;

/// <summary>
/// Turns a Zalo event into a channel-neutral inbound event; null for what the bot ignores (group
/// chats, other bots, events without a message). A typed number or a choice's label presses the
/// button it stands for.
/// </summary>
public sealed class ZaloUpdateMapper(ShownChoices choices)
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

        var message = body?["message"] as JsonObject;
        var chat = message?["chat"] as JsonObject;
        var from = message?["from"] as JsonObject;
        if (body is null || message is null
            || Text(chat?["id"]) is not { Length: > 0 } chatId
            || Text(message["message_id"]) is not { Length: > 0 } messageId
            || Text(from?["is_bot"]) == "true"
            || !string.Equals(Text(chat?["chat_type"]) ?? "PRIVATE", "PRIVATE", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = Text(from?["display_name"]) ?? Text(from?["first_name"]);
        var inbound = Text(body["event_name"]) switch
        {
            "message.text.received" when Text(message["text"]) is { } text => FromText(chatId, text),
            "message.image.received" when Text(message["photo_url"]) is { Length: > 0 } photo =>
                new MediaIn(MediaKind.Photo, photo, null, Text(message["caption"])),
            "message.sticker.received" => new UnsupportedIn("sticker"),
            var other => new UnsupportedIn(other ?? "unknown"),
        };
        return new InboundEnvelope($"{Channel}:{messageId}", Key(chatId), inbound, receivedAt, name);
    }

    public static UserKey Key(string chatId) => new(Channel, chatId);

    private Inbound FromText(string chat, string text)
    {
        if (CommandIn.TryParse(text) is { } command)
        {
            return command;
        }

        return choices.Match(Key(chat), text) is { } picked
            ? picked.Choice.ButtonData is { } data ? new ButtonIn(data, null, picked.Seq) : new TextIn(picked.Choice.Label)
            : new TextIn(text);
    }

    /// <summary>A string, number or boolean as text ("true"); null for anything else.</summary>
    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
            ? (value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString())
            : null;
}
