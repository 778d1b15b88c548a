using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace FakeTelegram;

/// <summary>
/// One successful call of the bot that delivered or changed a message: a send*, an edit, or a deleteMessage.
/// Calls answered with an error (injected, blocked, rate-limited, invalid) are not recorded.
/// </summary>
/// <param name="ChatId">The chat the call targeted.</param>
/// <param name="MessageId">The message sent, edited or deleted.</param>
/// <param name="Method">The Bot API method as canonically spelled ("sendMessage", "editMessageText", ...).</param>
/// <param name="Text">The message's text, or its caption for media; after an edit, the text the message now has.</param>
/// <param name="ParseMode">parse_mode exactly as sent (Telegram.Bot sends "Html", "Markdown", "MarkdownV2").</param>
/// <param name="InlineKeyboard">reply_markup.inline_keyboard of the call (empty when none).</param>
/// <param name="ReplyKeyboard">reply_markup.keyboard of the call (empty when none).</param>
/// <param name="RemoveKeyboard">reply_markup.remove_keyboard was true.</param>
/// <param name="DocumentFileName">Name of the uploaded document or photo.</param>
/// <param name="DocumentContent">Bytes of the uploaded document or photo (null when sent by file_id/URL without a known upload).</param>
/// <param name="Venue">For sendVenue.</param>
/// <param name="Raw">The request parameters as received (JSON body, form fields or query); JSON-valued form fields such as reply_markup are parsed.</param>
/// <param name="At">When the server recorded it.</param>
[SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "Test data snapshot; the shape is part of the agreed API.")]
public sealed record SentMessage(
    long ChatId,
    int MessageId,
    string Method,
    string? Text,
    string? ParseMode,
    IReadOnlyList<IReadOnlyList<InlineButton>> InlineKeyboard,
    IReadOnlyList<IReadOnlyList<KeyboardButton>> ReplyKeyboard,
    bool RemoveKeyboard,
    string? DocumentFileName,
    byte[]? DocumentContent,
    VenueInfo? Venue,
    JsonObject Raw,
    DateTimeOffset At)
{
    /// <summary>All inline buttons, row by row.</summary>
    public IEnumerable<InlineButton> Buttons => InlineKeyboard.SelectMany(r => r);

    /// <summary>The Message object the server answered with (null for deleteMessage).</summary>
    public JsonObject? Result { get; init; }
}

/// <summary>An inline keyboard button.</summary>
[SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Mirrors the Bot API field.")]
[SuppressMessage("Design", "CA1054:URI-like parameters should not be strings", Justification = "Mirrors the Bot API field.")]
public sealed record InlineButton(string Text, string? CallbackData, string? Url);

/// <summary>A reply keyboard button.</summary>
public sealed record KeyboardButton(string Text, bool RequestContact);

/// <summary>A venue the bot sent.</summary>
public sealed record VenueInfo(double Latitude, double Longitude, string Title, string Address);
