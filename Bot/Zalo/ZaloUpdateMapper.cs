using System.Text.Json.Nodes;
using Domain.Conversations;
using Domain.Users;

namespace Bot.Zalo;

/// <summary>
/// Turns a Zalo event into a channel-neutral inbound event; null for what the bot ignores (group
/// chats, other bots, events without a message). A typed number or a choice's label presses the
/// button it stands for.
/// </summary>
public sealed class ZaloUpdateMapper(ZaloChoices choices)
{
    public const string Channel = ZaloSender.ChannelName;

    public InboundEnvelope? Map(JsonNode? update, DateTimeOffset receivedAt)
    {
        // Webhook calls carry the event itself; some integrations wrap it as getUpdates does.
        var body = update?["result"] is JsonObject wrapped ? wrapped : update as JsonObject;
        if (body?["message"] is not JsonObject message
            || Text(message["chat"]?["id"]) is not { Length: > 0 } chat
            || Text(message["message_id"]) is not { Length: > 0 } messageId
            || message["from"]?["is_bot"]?.GetValueKind() == System.Text.Json.JsonValueKind.True
            || !string.Equals(Text(message["chat"]?["chat_type"]) ?? "PRIVATE", "PRIVATE", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = Text(message["from"]?["display_name"]) ?? Text(message["from"]?["first_name"]);
        var inbound = Text(body["event_name"]) switch
        {
            "message.text.received" when Text(message["text"]) is { } text => FromText(chat, text),
            "message.image.received" when Text(message["photo_url"]) is { Length: > 0 } photo =>
                new MediaIn(MediaKind.Photo, photo, null, Text(message["caption"])),
            "message.sticker.received" => new UnsupportedIn("sticker"),
            var other => new UnsupportedIn(other ?? "unknown"),
        };
        return new InboundEnvelope($"{Channel}:{messageId}", Key(chat), inbound, receivedAt, name);
    }

    public static UserKey Key(string chatId) => new(Channel, chatId);

    private Inbound FromText(string chat, string text)
    {
        if (CommandIn.TryParse(text) is { } command)
        {
            return command;
        }

        return choices.Match(chat, text) is { } picked
            ? picked.Choice.ButtonData is { } data ? new ButtonIn(data, null, picked.Seq) : new TextIn(picked.Choice.Label)
            : new TextIn(text);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value ? value.ToString() : null;
}
