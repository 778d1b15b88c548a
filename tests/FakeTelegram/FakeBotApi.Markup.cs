using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FakeTelegram;

public sealed partial class FakeBotApi
{
    // ----- reply markup and small JSON helpers -----

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
}
