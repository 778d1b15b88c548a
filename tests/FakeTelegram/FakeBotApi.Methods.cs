using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FakeTelegram;

public sealed partial class FakeBotApi
{
    // The methods that deliver a message and count for MaxSendsInAnySecond and the enforced limits.
    private static readonly HashSet<string> SendMethods =
        new(["sendMessage", "sendDocument", "sendPhoto", "sendVenue", "sendLocation"], StringComparer.OrdinalIgnoreCase);

    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    [GeneratedRegex("^[a-z0-9_]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$", RegexOptions.CultureInvariant)]
    private static partial Regex SecretTokenPattern();

    private ApiResult? CheckChatLocked(RequestArgs a, out long chatId)
    {
        chatId = 0;
        if (a.Long("chat_id") is not { } id)
        {
            return ApiResult.BadRequest(string.IsNullOrEmpty(a.Str("chat_id")) ? "chat_id is empty" : "chat not found");
        }

        chatId = id;
        return _forbidden.TryGetValue(id, out var description) ? ApiResult.Error(403, description) : null;
    }

    private ApiResult? EnforceLimitsLocked(long chatId)
    {
        if (Sends.TryAccept(chatId, _options.GlobalLimitPerSecond, _options.PerChatLimitPerSecond))
        {
            return null;
        }

        var retryAfter = _options.RetryAfterSeconds;
        return ApiResult.Error(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);
    }

    private JsonObject NewBotMessageLocked(long chatId) => new()
    {
        ["message_id"] = NextMessageIdLocked(chatId),
        ["from"] = BotUserJson(),
        ["chat"] = ChatJsonLocked(chatId),
        ["date"] = UnixNow(),
    };

    private SentMessage RecordLocked(
        string method, long chatId, int messageId, JsonObject? message, RequestArgs a,
        string? fileName = null, byte[]? content = null, VenueInfo? venue = null)
    {
        var markup = a.Node("reply_markup") as JsonObject;
        var sent = new SentMessage(
            chatId,
            messageId,
            method,
            StringOf(message?["text"]) ?? StringOf(message?["caption"]),
            a.Str("parse_mode"),
            InlineKeyboardOf(markup),
            ReplyKeyboardOf(markup),
            IsTrue(markup?["remove_keyboard"]),
            fileName,
            content,
            venue,
            _options.KeepCopies ? (JsonObject)a.Json.DeepClone() : [],
            DateTimeOffset.UtcNow)
        {
            Result = _options.KeepCopies ? (JsonObject?)message?.DeepClone() : null,
        };
        Sent.Add(sent);
        if (message is null)
        {
            _messages.Remove((chatId, messageId));
        }
        else
        {
            _messages[(chatId, messageId)] = message;
        }

        SignalLocked();
        return sent;
    }

    private ApiResult GetMe() => ApiResult.Ok(new JsonObject
    {
        ["id"] = _options.BotId,
        ["is_bot"] = true,
        ["first_name"] = "Test Bot",
        ["username"] = _options.BotUsername,
        ["can_join_groups"] = true,
        ["can_read_all_group_messages"] = false,
        ["supports_inline_queries"] = false,
        ["can_connect_to_business"] = false,
        ["has_main_web_app"] = false,
    });

    private ApiResult SendMessage(RequestArgs a)
    {
        lock (Gate)
        {
            if (CheckChatLocked(a, out var chatId) is { } error)
            {
                return error;
            }

            var text = a.Str("text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return ApiResult.BadRequest("message text is empty");
            }

            if (a.Str("parse_mode") is null && text.Length > 4096)
            {
                return ApiResult.BadRequest("message is too long");
            }

            if (ValidateMarkup(a) is { } invalid)
            {
                return invalid;
            }

            if (EnforceLimitsLocked(chatId) is { } limited)
            {
                return limited;
            }

            var message = NewBotMessageLocked(chatId);
            message["text"] = text;
            AttachInlineMarkup(message, a);
            RecordLocked("sendMessage", chatId, (int)message["message_id"]!, message, a);
            return ApiResult.Ok(message.DeepClone());
        }
    }

    private ApiResult SendVenue(RequestArgs a)
    {
        lock (Gate)
        {
            if (CheckChatLocked(a, out var chatId) is { } error)
            {
                return error;
            }

            var latitude = a.Double("latitude");
            var longitude = a.Double("longitude");
            var title = a.Str("title");
            var address = a.Str("address");
            if (latitude is null || longitude is null || string.IsNullOrEmpty(title) || string.IsNullOrEmpty(address))
            {
                return ApiResult.BadRequest("latitude, longitude, title and address are required");
            }

            if (ValidateMarkup(a) is { } invalid)
            {
                return invalid;
            }

            if (EnforceLimitsLocked(chatId) is { } limited)
            {
                return limited;
            }

            var message = NewBotMessageLocked(chatId);
            message["venue"] = new JsonObject
            {
                ["location"] = Location(latitude.Value, longitude.Value),
                ["title"] = title,
                ["address"] = address,
            };
            message["location"] = Location(latitude.Value, longitude.Value);
            AttachInlineMarkup(message, a);
            var venue = new VenueInfo(latitude.Value, longitude.Value, title, address);
            RecordLocked("sendVenue", chatId, (int)message["message_id"]!, message, a, venue: venue);
            return ApiResult.Ok(message.DeepClone());
        }
    }

    private ApiResult SendLocation(RequestArgs a)
    {
        lock (Gate)
        {
            if (CheckChatLocked(a, out var chatId) is { } error)
            {
                return error;
            }

            if (a.Double("latitude") is not { } latitude || a.Double("longitude") is not { } longitude)
            {
                return ApiResult.BadRequest("latitude and longitude are required");
            }

            if (ValidateMarkup(a) is { } invalid)
            {
                return invalid;
            }

            if (EnforceLimitsLocked(chatId) is { } limited)
            {
                return limited;
            }

            var message = NewBotMessageLocked(chatId);
            message["location"] = Location(latitude, longitude);
            AttachInlineMarkup(message, a);
            RecordLocked("sendLocation", chatId, (int)message["message_id"]!, message, a);
            return ApiResult.Ok(message.DeepClone());
        }
    }

    private ApiResult SendChatAction(RequestArgs a)
    {
        lock (Gate)
        {
            if (CheckChatLocked(a, out _) is { } error)
            {
                return error;
            }

            return string.IsNullOrEmpty(a.Str("action")) ? ApiResult.BadRequest("wrong parameter action in request") : ApiResult.Ok(true);
        }
    }
}
