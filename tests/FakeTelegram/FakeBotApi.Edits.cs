using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FakeTelegram;

public sealed partial class FakeBotApi
{
    private ApiResult EditMessage(RequestArgs a, string method)
    {
        lock (Gate)
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
        lock (Gate)
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

        lock (Gate)
        {
            _answered.Add((id, a.Str("text"), a.Bool("show_alert")));
            SignalLocked();
        }

        return ApiResult.Ok(true);
    }
}
