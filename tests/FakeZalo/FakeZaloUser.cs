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

    /// <summary>message.image.received with <c>photo_url</c> and, when given, <c>caption</c>.</summary>
    public ZaloEvent ImageEvent(string photoUrl = "https://photo.fake-zalo.test/image.jpg", string? caption = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(photoUrl);
        var message = NewMessage();
        message["photo_url"] = photoUrl;
        if (caption is not null)
        {
            message["caption"] = caption;
        }

        return Finish(ZaloEvent.ImageReceived, message);
    }

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

    /// <summary>Queues <see cref="TextEvent"/>.</summary>
    public ZaloEvent SendText(string text) => Queue(TextEvent(text));

    /// <summary>Queues <see cref="ImageEvent"/>.</summary>
    public ZaloEvent SendImage(string photoUrl = "https://photo.fake-zalo.test/image.jpg", string? caption = null) =>
        Queue(ImageEvent(photoUrl, caption));

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
