using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FakeServers;

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

    private void CountSendAttempt(long? chatId)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            _maxSends = Math.Max(_maxSends, _attempts.AddAndCount(now));
            if (chatId is { } id)
            {
                _maxSendsToOneChat = Math.Max(_maxSendsToOneChat, WindowOf(_attemptsPerChat, id).AddAndCount(now));
            }
        }
    }

    private static SlidingWindow WindowOf(Dictionary<long, SlidingWindow> windows, long chatId)
    {
        if (!windows.TryGetValue(chatId, out var window))
        {
            window = new SlidingWindow();
            windows[chatId] = window;
        }

        return window;
    }

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
        var now = Stopwatch.GetTimestamp();
        var perChat = WindowOf(_acceptedPerChat, chatId);
        if ((_options.GlobalLimitPerSecond is { } global && _accepted.Count(now) >= global)
            || (_options.PerChatLimitPerSecond is { } single && perChat.Count(now) >= single))
        {
            var retryAfter = _options.RetryAfterSeconds;
            return ApiResult.Error(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);
        }

        _accepted.Add(now);
        perChat.Add(now);
        return null;
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
        _sent.Add(sent);
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
        lock (_gate)
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

    private ApiResult SendFile(RequestArgs a, string method, string field)
    {
        var upload = a.File(field);
        lock (_gate)
        {
            if (CheckChatLocked(a, out var chatId) is { } error)
            {
                return error;
            }

            string fileName;
            byte[]? content;
            string? mimeType;
            string? knownId = null;
            if (upload is not null)
            {
                fileName = upload.FileName;
                content = upload.Content;
                mimeType = GuessMimeType(fileName, upload.ContentType);
            }
            else
            {
                var reference = a.Str(field);
                if (string.IsNullOrEmpty(reference))
                {
                    return ApiResult.BadRequest($"there is no {field} in the request");
                }

                if (_files.TryGetValue(reference, out var known))
                {
                    (fileName, content, mimeType, knownId) = (known.FileName, known.Content, known.MimeType, reference);
                }
                else if (Uri.TryCreate(reference, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
                {
                    var last = Path.GetFileName(url.AbsolutePath);
                    fileName = string.IsNullOrEmpty(last) ? "file" : last;
                    content = null;
                    mimeType = GuessMimeType(fileName, null);
                }
                else
                {
                    return ApiResult.BadRequest("wrong file identifier/HTTP URL specified");
                }
            }

            var caption = a.Str("caption");
            if (caption is not null && a.Str("parse_mode") is null && caption.Length > 1024)
            {
                return ApiResult.BadRequest("message caption is too long");
            }

            if (ValidateMarkup(a) is { } invalid)
            {
                return invalid;
            }

            if (EnforceLimitsLocked(chatId) is { } limited)
            {
                return limited;
            }

            string fileId;
            string uniqueId;
            if (knownId is not null)
            {
                fileId = knownId;
                uniqueId = _files[knownId].UniqueId;
            }
            else
            {
                fileId = NextFileIdLocked(field == "photo" ? "PHOTO" : "DOC", out uniqueId);
                _files[fileId] = new StoredFile(fileName, mimeType, content ?? [], uniqueId);
            }

            var message = NewBotMessageLocked(chatId);
            if (field == "photo")
            {
                message["photo"] = new JsonArray(
                    PhotoSize(fileId + "-s", uniqueId + "s", 90, 90, content is null ? null : Math.Min(content.Length, 2048)),
                    PhotoSize(fileId, uniqueId, 800, 600, content?.Length));
            }
            else
            {
                var document = new JsonObject
                {
                    ["file_id"] = fileId,
                    ["file_unique_id"] = uniqueId,
                    ["file_name"] = fileName,
                    ["mime_type"] = mimeType,
                };
                if (content is not null)
                {
                    document["file_size"] = content.Length;
                }

                message["document"] = document;
            }

            if (!string.IsNullOrEmpty(caption))
            {
                message["caption"] = caption;
            }

            AttachInlineMarkup(message, a);
            RecordLocked(method, chatId, (int)message["message_id"]!, message, a, fileName, content);
            return ApiResult.Ok(message.DeepClone());
        }
    }

    private ApiResult SendVenue(RequestArgs a)
    {
        lock (_gate)
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
        lock (_gate)
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
        lock (_gate)
        {
            if (CheckChatLocked(a, out _) is { } error)
            {
                return error;
            }

            return string.IsNullOrEmpty(a.Str("action")) ? ApiResult.BadRequest("wrong parameter action in request") : ApiResult.Ok(true);
        }
    }

    private ApiResult EditMessage(RequestArgs a, string method)
    {
        lock (_gate)
        {
            if (a.Str("inline_message_id") is not null)
            {
                return ApiResult.Ok(true); // Inline messages are not tracked.
            }

            if (CheckChatLocked(a, out var chatId) is { } error)
            {
                return error;
            }

            if (a.Int("message_id") is not { } messageId)
            {
                return ApiResult.BadRequest("message identifier is not specified");
            }

            if (!_messages.TryGetValue((chatId, messageId), out var current))
            {
                return ApiResult.BadRequest("message to edit not found");
            }

            if (ValidateMarkup(a) is { } invalid)
            {
                return invalid;
            }

            var newMarkup = InlineMarkupOf(a);
            var sameMarkup = JsonNode.DeepEquals(current["reply_markup"], newMarkup);
            var updated = (JsonObject)current.DeepClone();
            if (method == "editMessageText")
            {
                var text = a.Str("text");
                if (string.IsNullOrWhiteSpace(text))
                {
                    return ApiResult.BadRequest("message text is empty");
                }

                if (StringOf(current["text"]) is not { } currentText)
                {
                    return ApiResult.BadRequest("there is no text in the message to edit");
                }

                if (currentText == text && sameMarkup)
                {
                    return ApiResult.BadRequest(NotModified);
                }

                updated["text"] = text;
            }
            else if (sameMarkup)
            {
                return ApiResult.BadRequest(NotModified);
            }

            // Telegram drops the inline keyboard of an edited message unless the edit passes one again.
            updated.Remove("reply_markup");
            if (newMarkup is not null)
            {
                updated["reply_markup"] = newMarkup;
            }

            updated["edit_date"] = UnixNow();
            RecordLocked(method, chatId, messageId, updated, a);
            return ApiResult.Ok(updated.DeepClone());
        }
    }

    private ApiResult DeleteMessage(RequestArgs a)
    {
        lock (_gate)
        {
            if (CheckChatLocked(a, out var chatId) is { } error)
            {
                return error;
            }

            if (a.Int("message_id") is not { } messageId || !_messages.ContainsKey((chatId, messageId)))
            {
                return ApiResult.BadRequest("message to delete not found");
            }

            RecordLocked("deleteMessage", chatId, messageId, null, a);
            return ApiResult.Ok(true);
        }
    }

    private ApiResult AnswerCallbackQuery(RequestArgs a)
    {
        var id = a.Str("callback_query_id");
        if (string.IsNullOrEmpty(id))
        {
            return ApiResult.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }

        lock (_gate)
        {
            _answered.Add((id, a.Str("text"), a.Bool("show_alert")));
            SignalLocked();
        }

        return ApiResult.Ok(true);
    }

    private ApiResult SetMyCommands(RequestArgs a)
    {
        if (a.Node("commands") is not JsonArray array)
        {
            return ApiResult.BadRequest("can't parse commands JSON object");
        }

        var commands = new List<(string Command, string Description)>();
        foreach (var item in array)
        {
            var command = StringOf(item?["command"]) ?? "";
            var description = StringOf(item?["description"]) ?? "";
            if (!CommandPattern().IsMatch(command))
            {
                return ApiResult.BadRequest("BOT_COMMAND_INVALID");
            }

            if (description.Trim().Length == 0 || description.Length > 256)
            {
                return ApiResult.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }

            commands.Add((command, description));
        }

        lock (_gate)
        {
            _commands[a.Str("language_code") ?? ""] = commands.ToArray();
            SignalLocked();
        }

        return ApiResult.Ok(true);
    }

    private ApiResult GetMyCommands(RequestArgs a)
    {
        lock (_gate)
        {
            var result = new JsonArray();
            if (_commands.TryGetValue(a.Str("language_code") ?? "", out var commands))
            {
                foreach (var (command, description) in commands)
                {
                    result.Add(new JsonObject { ["command"] = command, ["description"] = description });
                }
            }

            return ApiResult.Ok(result);
        }
    }

    private ApiResult DeleteMyCommands(RequestArgs a)
    {
        lock (_gate)
        {
            _commands.Remove(a.Str("language_code") ?? "");
            SignalLocked();
            return ApiResult.Ok(true);
        }
    }

    private ApiResult SetWebhook(RequestArgs a)
    {
        var url = a.Str("url") ?? "";
        var secret = a.Str("secret_token");
        if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            return ApiResult.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        if (!string.IsNullOrEmpty(secret) && !SecretTokenPattern().IsMatch(secret))
        {
            return ApiResult.BadRequest("secret token contains unallowed characters");
        }

        lock (_gate)
        {
            _webhookUrl = url.Length == 0 ? null : url;
            _webhookSecret = url.Length == 0 || string.IsNullOrEmpty(secret) ? null : secret;
            if (a.Bool("drop_pending_updates"))
            {
                _queue.Clear();
            }

            SignalLocked();
        }

        return ApiResult.Ok(true);
    }

    private ApiResult DeleteWebhook(RequestArgs a)
    {
        lock (_gate)
        {
            _webhookUrl = null;
            _webhookSecret = null;
            if (a.Bool("drop_pending_updates"))
            {
                _queue.Clear();
            }

            SignalLocked();
        }

        return ApiResult.Ok(true);
    }

    private ApiResult GetWebhookInfo()
    {
        lock (_gate)
        {
            return ApiResult.Ok(new JsonObject
            {
                ["url"] = _webhookUrl ?? "",
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = _queue.Count,
            });
        }
    }

    // ----- helpers -----

    private string NextFileIdLocked(string kind, out string uniqueId)
    {
        var n = ++_fileCounter;
        uniqueId = $"AgAD{kind}{n:D6}";
        return $"FAKE-{kind}-{n:D6}";
    }

    private static JsonObject PhotoSize(string fileId, string uniqueId, int width, int height, int? size)
    {
        var photo = new JsonObject
        {
            ["file_id"] = fileId,
            ["file_unique_id"] = uniqueId,
            ["width"] = width,
            ["height"] = height,
        };
        if (size is not null)
        {
            photo["file_size"] = size;
        }

        return photo;
    }

    private static JsonObject Location(double latitude, double longitude) =>
        new() { ["latitude"] = latitude, ["longitude"] = longitude };

    private static ApiResult? ValidateMarkup(RequestArgs a)
    {
        if (a.Node("reply_markup") is not JsonObject markup || markup["inline_keyboard"] is not JsonArray rows)
        {
            return null;
        }

        foreach (var button in rows.OfType<JsonArray>().SelectMany(r => r).OfType<JsonObject>())
        {
            if (string.IsNullOrEmpty(StringOf(button["text"])))
            {
                return ApiResult.BadRequest("text buttons are unallowed in the inline keyboard");
            }

            if (StringOf(button["callback_data"]) is { } data && (data.Length == 0 || Encoding.UTF8.GetByteCount(data) > 64))
            {
                return ApiResult.BadRequest("BUTTON_DATA_INVALID");
            }
        }

        return null;
    }

    private static JsonObject? InlineMarkupOf(RequestArgs a) =>
        a.Node("reply_markup") is JsonObject markup && markup["inline_keyboard"] is JsonArray rows
            ? new JsonObject { ["inline_keyboard"] = rows.DeepClone() }
            : null;

    private static void AttachInlineMarkup(JsonObject message, RequestArgs a)
    {
        // Telegram returns reply_markup in a Message only for inline keyboards.
        if (InlineMarkupOf(a) is { } markup)
        {
            message["reply_markup"] = markup;
        }
    }

    private static IReadOnlyList<InlineButton>[] InlineKeyboardOf(JsonObject? markup) =>
        markup?["inline_keyboard"] is JsonArray rows
            ? rows.OfType<JsonArray>()
                .Select(row => (IReadOnlyList<InlineButton>)row.OfType<JsonObject>()
                    .Select(b => new InlineButton(StringOf(b["text"]) ?? "", StringOf(b["callback_data"]), StringOf(b["url"])))
                    .ToArray())
                .ToArray()
            : [];

    private static IReadOnlyList<KeyboardButton>[] ReplyKeyboardOf(JsonObject? markup) =>
        markup?["keyboard"] is JsonArray rows
            ? rows.OfType<JsonArray>()
                .Select(row => (IReadOnlyList<KeyboardButton>)row
                    .Select(b => b is JsonObject o
                        ? new KeyboardButton(StringOf(o["text"]) ?? "", IsTrue(o["request_contact"]))
                        : new KeyboardButton(StringOf(b) ?? "", false))
                    .ToArray())
                .ToArray()
            : [];

    internal static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => string.Equals(value.GetValue<string>(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static string GuessMimeType(string fileName, string? sentType)
    {
        var byExtension = Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".CSV" => "text/csv",
            ".TXT" => "text/plain",
            ".PDF" => "application/pdf",
            ".JSON" => "application/json",
            ".HTML" or ".HTM" => "text/html",
            ".XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".ZIP" => "application/zip",
            ".PNG" => "image/png",
            ".JPG" or ".JPEG" => "image/jpeg",
            _ => null,
        };
        return byExtension
            ?? (string.IsNullOrEmpty(sentType) || sentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)
                ? "application/octet-stream"
                : sentType);
    }
}
