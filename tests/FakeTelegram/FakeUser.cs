using System.Globalization;
using System.Text.Json.Nodes;

namespace FakeTelegram;

/// <summary>
/// A Telegram user in a private chat with the bot (chat id = user id). Every action queues one update for getUpdates
/// and returns its update_id.
/// </summary>
public sealed class FakeUser
{
    private readonly FakeBotApi _api;

    internal FakeUser(FakeBotApi api, long id, string firstName, string? languageCode)
    {
        _api = api;
        Id = id;
        FirstName = firstName;
        LanguageCode = languageCode;
    }

    /// <summary>The user id, also the id of the private chat.</summary>
    public long Id { get; }

    /// <summary>first_name in every update.</summary>
    public string FirstName { get; }

    /// <summary>language_code in every update (omitted when null).</summary>
    public string? LanguageCode { get; }

    /// <summary>A text message; a text starting with "/" gets a bot_command entity over the command part.</summary>
    public int SendText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var message = NewMessage();
        message["text"] = text;
        if (text.StartsWith('/'))
        {
            var end = text.IndexOfAny([' ', '\n', '\t']);
            var length = end < 0 ? text.Length : end;
            if (length > 1)
            {
                message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
            }
        }

        return Enqueue("message", message);
    }

    /// <summary>"/command" or "/command args"; <paramref name="command"/> may be given with or without the slash.</summary>
    public int SendCommand(string command, string? args = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        var text = command.StartsWith('/') ? command : "/" + command;
        return SendText(string.IsNullOrEmpty(args) ? text : text + " " + args);
    }

    /// <summary>A message with a contact, as sent by a request_contact keyboard button (user_id defaults to this user).</summary>
    public int ShareContact(string phoneNumber, long? contactUserId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phoneNumber);
        var message = NewMessage();
        var contact = new JsonObject
        {
            ["phone_number"] = phoneNumber,
            ["first_name"] = FirstName,
            ["user_id"] = contactUserId ?? Id,
        };
        message["contact"] = contact;
        return Enqueue("message", message);
    }

    /// <summary>
    /// A callback_query for a button of a message the bot sent to this user, carrying the message as it is now
    /// (after any edits). The data is not checked against the message's buttons.
    /// </summary>
    public int PressButton(SentMessage message, string callbackData)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(callbackData);
        if (message.ChatId != Id)
        {
            throw new ArgumentException($"The message went to chat {message.ChatId}, not to user {Id}.", nameof(message));
        }

        var botMessage = _api.CurrentMessage(message.ChatId, message.MessageId)
            ?? (JsonObject?)message.Result?.DeepClone()
            ?? new JsonObject
            {
                ["message_id"] = message.MessageId,
                ["date"] = message.At.ToUnixTimeSeconds(),
                ["chat"] = _api.ChatJson(message.ChatId),
            };
        var query = new JsonObject
        {
            ["id"] = _api.NextCallbackQueryId(),
            ["from"] = UserJson(),
            ["message"] = botMessage,
            ["chat_instance"] = (Id * 7919 + 1_000_003).ToString(CultureInfo.InvariantCulture),
            ["data"] = callbackData,
        };
        return Enqueue("callback_query", query);
    }

    /// <summary>Presses the inline button at <paramref name="buttonIndex"/>, counting all buttons row by row.</summary>
    public int PressButton(SentMessage message, int buttonIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        var buttons = message.Buttons.ToArray();
        ArgumentOutOfRangeException.ThrowIfNegative(buttonIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(buttonIndex, buttons.Length);
        var data = buttons[buttonIndex].CallbackData
            ?? throw new InvalidOperationException($"Button {buttonIndex} (\"{buttons[buttonIndex].Text}\") has no callback_data.");
        return PressButton(message, data);
    }

    /// <summary>A message with a sticker.</summary>
    public int SendSticker()
    {
        var message = NewMessage();
        var fileId = _api.NewFileId("STICKER", out var uniqueId);
        message["sticker"] = new JsonObject
        {
            ["file_id"] = fileId,
            ["file_unique_id"] = uniqueId,
            ["type"] = "regular",
            ["width"] = 512,
            ["height"] = 512,
            ["is_animated"] = false,
            ["is_video"] = false,
            ["emoji"] = "👍",
            ["file_size"] = 12345,
        };
        return Enqueue("message", message);
    }

    /// <summary>A message with a photo (two sizes).</summary>
    public int SendPhoto()
    {
        var message = NewMessage();
        var fileId = _api.NewFileId("PHOTO", out var uniqueId);
        message["photo"] = new JsonArray(
            new JsonObject { ["file_id"] = fileId + "-s", ["file_unique_id"] = uniqueId + "s", ["width"] = 90, ["height"] = 67, ["file_size"] = 1500 },
            new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = uniqueId, ["width"] = 1280, ["height"] = 960, ["file_size"] = 120_000 });
        return Enqueue("message", message);
    }

    /// <summary>
    /// A message with a document, as a user sends a file: its content is kept by the fake, served by
    /// getFile and the file download. <paramref name="fileSize"/> overrides the size the message states.
    /// </summary>
    public int SendDocument(string fileName, byte[] content, string mimeType = "text/csv", string? caption = null, long? fileSize = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var message = NewMessage();
        var fileId = _api.StoreUserFile(fileName, mimeType, content, out var uniqueId);
        message["document"] = new JsonObject
        {
            ["file_id"] = fileId,
            ["file_unique_id"] = uniqueId,
            ["file_name"] = fileName,
            ["mime_type"] = mimeType,
            ["file_size"] = fileSize ?? content.Length,
        };
        if (caption is not null)
        {
            message["caption"] = caption;
        }

        return Enqueue("message", message);
    }

    /// <summary>A message with a voice note.</summary>
    public int SendVoice()
    {
        var message = NewMessage();
        var fileId = _api.NewFileId("VOICE", out var uniqueId);
        message["voice"] = new JsonObject
        {
            ["file_id"] = fileId,
            ["file_unique_id"] = uniqueId,
            ["duration"] = 3,
            ["mime_type"] = "audio/ogg",
            ["file_size"] = 8000,
        };
        return Enqueue("message", message);
    }

    /// <summary>This user's last update again, payload unchanged, under a new update_id.</summary>
    public int ResendLastUpdate() => _api.Resend(Id);

    /// <summary>Queues the update with this update_id again, id unchanged, as if Telegram delivered it twice.</summary>
    public int Repeat(int updateId) => _api.Repeat(updateId);

    internal JsonObject UserJson()
    {
        var user = new JsonObject { ["id"] = Id, ["is_bot"] = false, ["first_name"] = FirstName };
        if (LanguageCode is not null)
        {
            user["language_code"] = LanguageCode;
        }

        return user;
    }

    private JsonObject NewMessage() => new()
    {
        ["message_id"] = _api.NextMessageId(Id),
        ["from"] = UserJson(),
        ["chat"] = new JsonObject { ["id"] = Id, ["type"] = "private", ["first_name"] = FirstName },
        ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
    };

    private int Enqueue(string kind, JsonObject payload) =>
        _api.Enqueue(new JsonObject { [kind] = payload }, Id);
}
