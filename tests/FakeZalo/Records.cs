using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace FakeZalo;

/// <summary>
/// One inbound Zalo event: <c>{"event_name": "...", "message": {...}}</c>. Immutable: the JSON is copied in and out.
/// Queue it with <see cref="FakeZaloApi.Enqueue"/> (again, for a duplicate delivery with the same message_id)
/// or post it with <see cref="FakeZaloApi.PostToWebhookAsync"/>.
/// </summary>
[SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Mirrors the Zalo field.")]
public sealed class ZaloEvent
{
    /// <summary>message.text.received</summary>
    public const string TextReceived = "message.text.received";

    /// <summary>message.image.received</summary>
    public const string ImageReceived = "message.image.received";

    /// <summary>message.sticker.received</summary>
    public const string StickerReceived = "message.sticker.received";

    /// <summary>message.unsupported.received</summary>
    public const string UnsupportedReceived = "message.unsupported.received";

    /// <summary>message.voice.received (newer documentation).</summary>
    public const string VoiceReceived = "message.voice.received";

    private readonly JsonObject _message;
    private readonly JsonObject? _topLevel;

    private ZaloEvent(string eventName, JsonObject message, JsonObject? topLevel = null)
    {
        EventName = eventName;
        _message = message;
        _topLevel = topLevel;
    }

    /// <summary>An event without <c>message</c>: <paramref name="topLevel"/>'s fields sit beside event_name.</summary>
    public static ZaloEvent CreateWithoutMessage(string eventName, JsonObject topLevel)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        ArgumentNullException.ThrowIfNull(topLevel);
        return new ZaloEvent(eventName, [], (JsonObject)topLevel.DeepClone());
    }

    /// <summary>An event of any name with any message object (for event kinds the fake has no helper for).</summary>
    public static ZaloEvent Create(string eventName, JsonObject message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        ArgumentNullException.ThrowIfNull(message);
        return new ZaloEvent(eventName, (JsonObject)message.DeepClone());
    }

    /// <summary>event_name.</summary>
    public string EventName { get; }

    /// <summary>message.message_id (a string; what a bot deduplicates on).</summary>
    public string? MessageId => Str(_message["message_id"]) ?? (_topLevel is null ? null : $"{EventName}@{Str(_topLevel["timestamp"]) ?? _topLevel["timestamp"]?.ToJsonString()}");

    /// <summary>message.chat.id.</summary>
    public string? ChatId => Str(_message["chat"]?["id"]);

    /// <summary>message.from.id.</summary>
    public string? FromId => Str(_message["from"]?["id"]);

    /// <summary>message.text.</summary>
    public string? Text => Str(_message["text"]);

    /// <summary>message.photo_url, or message.photo (the documented name).</summary>
    public string? PhotoUrl => Str(_message["photo_url"]) ?? Str(_message["photo"]);

    /// <summary>message.caption.</summary>
    public string? Caption => Str(_message["caption"]);

    /// <summary>message.sticker.</summary>
    public string? Sticker => Str(_message["sticker"]);

    /// <summary>message.date: Unix time in milliseconds.</summary>
    public long Date => _message["date"] is JsonValue v && v.TryGetValue<long>(out var ms) ? ms : 0;

    /// <summary>A copy of the message object.</summary>
    public JsonObject Message => (JsonObject)_message.DeepClone();

    /// <summary>
    /// The event as the Zalo servers send it: <c>{"event_name", "message"}</c>, or with <paramref name="wrapped"/>
    /// <c>{"ok": true, "result": {"event_name", "message"}}</c> (the shape of a getUpdates answer).
    /// </summary>
    public JsonObject ToJson(bool wrapped = false)
    {
        var inner = new JsonObject { ["event_name"] = EventName };
        if (_topLevel is null)
        {
            inner["message"] = _message.DeepClone();
        }
        else
        {
            foreach (var (name, value) in _topLevel)
            {
                inner[name] = value?.DeepClone();
            }
        }

        return wrapped ? new JsonObject { ["ok"] = true, ["result"] = inner } : inner;
    }

    /// <inheritdoc />
    public override string ToString() => ToJson().ToJsonString(FakeZaloApi.JsonOptions);

    private static string? Str(JsonNode? node) => FakeZaloApi.StringOf(node);
}

/// <summary>
/// One successful sendMessage, sendPhoto or sendSticker of the bot. Calls answered with an error
/// (injected, blocked, rate-limited, invalid, unknown chat) are not recorded.
/// </summary>
/// <param name="ChatId">chat_id of the call.</param>
/// <param name="MessageId">The message_id the fake answered.</param>
/// <param name="Method">"sendMessage", "sendPhoto" or "sendSticker".</param>
/// <param name="Text">text of sendMessage, or caption of sendPhoto.</param>
/// <param name="Photo">photo (URL) of sendPhoto.</param>
/// <param name="Sticker">sticker of sendSticker.</param>
/// <param name="Date">The date the fake answered (Unix milliseconds).</param>
/// <param name="Raw">The request parameters as received.</param>
/// <param name="At">When the fake recorded it.</param>
public sealed record SentMessage(
    string ChatId,
    string MessageId,
    string Method,
    string? Text,
    string? Photo,
    string? Sticker,
    long Date,
    JsonObject Raw,
    DateTimeOffset At);

/// <summary>One successful sendChatAction.</summary>
public sealed record ChatActionSent(string ChatId, string Action, DateTimeOffset At);

/// <summary>How an event left the queue.</summary>
public enum DeliveryKind
{
    /// <summary>Answered to a getUpdates call.</summary>
    GetUpdates,

    /// <summary>POSTed to the webhook by the automatic delivery.</summary>
    Webhook,

    /// <summary>POSTed by a test with <see cref="FakeZaloApi.PostToWebhookAsync"/> (not from the queue).</summary>
    ManualWebhook,
}

/// <summary>One delivery of an event to the bot.</summary>
/// <param name="Event">The event.</param>
/// <param name="Kind">getUpdates or webhook.</param>
/// <param name="HttpStatus">For webhook deliveries, the HTTP status the bot answered (null when the POST failed).</param>
/// <param name="Error">For webhook deliveries that failed without an HTTP answer, why.</param>
/// <param name="At">When the delivery finished.</param>
public sealed record EventDelivery(ZaloEvent Event, DeliveryKind Kind, int? HttpStatus, string? Error, DateTimeOffset At)
{
    /// <summary>getUpdates handed it out, or the webhook answered 2xx.</summary>
    public bool Succeeded => Kind == DeliveryKind.GetUpdates || HttpStatus is >= 200 and < 300;
}
