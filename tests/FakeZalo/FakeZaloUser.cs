using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace FakeZalo;

/// <summary>
/// A Zalo user in a private chat with the bot (chat id = user id, both strings such as "e4ea2cd5189df1c3a88c").
/// The <c>*Event</c> methods build an event without queuing it; the <c>Send*</c> methods build and queue it
/// (for getUpdates, or for the webhook when one is set). Every event gets a new message_id and the current time in ms.
/// </summary>
[SuppressMessage("Design", "CA1054:URI-like parameters should not be strings", Justification = "Mirrors the Zalo field.")]
public sealed class FakeZaloUser
{
    private readonly FakeZaloApi _api;
    private readonly Lock _lock = new();
    private ZaloEvent? _last;

    internal FakeZaloUser(FakeZaloApi api, string id, string displayName)
    {
        _api = api;
        Id = id;
        DisplayName = displayName;
    }

    /// <summary>from.id of this user's messages.</summary>
    public string Id { get; }

    /// <summary>chat.id of the private chat: the same as <see cref="Id"/>, and what the bot passes as chat_id.</summary>
    public string ChatId => Id;

    /// <summary>from.display_name of this user's messages.</summary>
    public string DisplayName { get; }

    /// <summary>The last event a Send* method of this user queued, or null.</summary>
    public ZaloEvent? LastEvent
    {
        get
        {
            lock (_lock)
            {
                return _last;
            }
        }
    }

    /// <summary>message.text.received with <c>text</c>.</summary>
    public ZaloEvent TextEvent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var message = NewMessage();
        message["text"] = text;
        return Finish(ZaloEvent.TextReceived, message);
    }

    /// <summary>
    /// message.image.received with the picture's address in <paramref name="field"/> (<c>photo_url</c>, what
    /// integrations see, by default; <c>photo</c> is the documented name) and, when given, <c>caption</c>.
    /// </summary>
    public ZaloEvent ImageEvent(string photoUrl = "https://photo.fake-zalo.test/image.jpg", string? caption = null, string field = "photo_url")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(photoUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        var message = NewMessage();
        message[field] = photoUrl;
        if (caption is not null)
        {
            message["caption"] = caption;
        }

        return Finish(ZaloEvent.ImageReceived, message);
    }

    /// <summary>message.image.received without the picture's address (neither <c>photo</c> nor <c>photo_url</c>): Zalo does not always send one.</summary>
    public ZaloEvent ImageEventWithoutAddress() => Finish(ZaloEvent.ImageReceived, NewMessage());

    /// <summary>message.sticker.received with <c>sticker</c> (a sticker id) and <c>url</c>.</summary>
    public ZaloEvent StickerEvent(string sticker = "0e078a2fb66a5f34067b")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sticker);
        var message = NewMessage();
        message["sticker"] = sticker;
        message["url"] = $"https://sticker.fake-zalo.test/{Uri.EscapeDataString(sticker)}.webp";
        return Finish(ZaloEvent.StickerReceived, message);
    }

    /// <summary>message.unsupported.received: the message carries no content (Zalo sends this instead of a message it does not pass on).</summary>
    public ZaloEvent UnsupportedEvent() => Finish(ZaloEvent.UnsupportedReceived, NewMessage());

    /// <summary>message.voice.received (newer documentation) with <c>voice</c>, the recording's address (*fake*: the field is not documented).</summary>
    public ZaloEvent VoiceEvent(string voiceUrl = "https://voice.fake-zalo.test/note.aac")
    {
        var message = NewMessage();
        message["voice"] = voiceUrl;
        return Finish(ZaloEvent.VoiceReceived, message);
    }

    /// <summary>
    /// message.unsupported.received without a <c>message</c> (the documentation: it may be missing, e.g. for protected
    /// users). Which fields name the chat then is not documented (*fake*): <c>from</c> and <c>chat</c> at the top level,
    /// as a message carries them, and <c>timestamp</c> (Unix ms).
    /// </summary>
    public ZaloEvent UnsupportedEventWithoutMessage() =>
        ZaloEvent.CreateWithoutMessage(ZaloEvent.UnsupportedReceived, new JsonObject
        {
            ["from"] = FromJson(),
            ["chat"] = new JsonObject { ["id"] = Id, ["chat_type"] = "PRIVATE" },
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        });

    /// <summary>message.text.received from this user in a group chat (<c>chat_type</c> "GROUP", a chat id of its own).</summary>
    public ZaloEvent GroupTextEvent(string text, string groupId = "9a9a9a9a9a9a9a9a9a9a")
    {
        var message = NewMessage();
        message["chat"] = new JsonObject { ["id"] = groupId, ["chat_type"] = "GROUP" };
        message["text"] = text;
        return Finish(ZaloEvent.TextReceived, message);
    }

    /// <summary>Queues an event built by this user (its <see cref="ResendLast"/> then repeats it).</summary>
    public ZaloEvent Send(ZaloEvent zaloEvent)
    {
        ArgumentNullException.ThrowIfNull(zaloEvent);
        return Queue(zaloEvent);
    }

    /// <summary>Queues <see cref="TextEvent"/>.</summary>
    public ZaloEvent SendText(string text) => Queue(TextEvent(text));

    /// <summary>Queues <see cref="ImageEvent"/>.</summary>
    public ZaloEvent SendImage(string photoUrl = "https://photo.fake-zalo.test/image.jpg", string? caption = null, string field = "photo_url") =>
        Queue(ImageEvent(photoUrl, caption, field));

    /// <summary>Queues <see cref="StickerEvent"/>.</summary>
    public ZaloEvent SendSticker(string sticker = "0e078a2fb66a5f34067b") => Queue(StickerEvent(sticker));

    /// <summary>Queues <see cref="UnsupportedEvent"/>.</summary>
    public ZaloEvent SendUnsupported() => Queue(UnsupportedEvent());

    /// <summary>Queues this user's last queued event again, unchanged (same message_id and date): a duplicate delivery.</summary>
    /// <exception cref="InvalidOperationException">The user has not sent anything yet.</exception>
    public ZaloEvent ResendLast()
    {
        var last = LastEvent ?? throw new InvalidOperationException($"User {Id} has not sent anything yet.");
        return _api.Enqueue(last);
    }

    internal JsonObject FromJson() => new() { ["id"] = Id, ["display_name"] = DisplayName, ["is_bot"] = false };

    private JsonObject NewMessage() => new()
    {
        ["from"] = FromJson(),
        ["chat"] = new JsonObject { ["id"] = Id, ["chat_type"] = "PRIVATE" },
    };

    private ZaloEvent Finish(string eventName, JsonObject message)
    {
        message["message_id"] = _api.NewId();
        message["date"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        return ZaloEvent.Create(eventName, message);
    }

    private ZaloEvent Queue(ZaloEvent zaloEvent)
    {
        lock (_lock)
        {
            _last = zaloEvent;
        }

        return _api.Enqueue(zaloEvent);
    }
}
