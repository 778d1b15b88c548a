using Domain.Conversations;
using Domain.Text;
using LiteDB;

namespace Bot.Storage;

/// <summary>
/// A waiting broadcast message (a notice, a campaign, a reminder, a notice's progress line) to
/// someone else that names an erased person: rewritten with their name and number replaced
/// (<see cref="PersonalTrace.Redact"/>), so it still reaches its reader. A personal message (an
/// approval card about them) is cancelled instead, as it is about the person.
/// </summary>
internal static class BroadcastRedaction
{
    /// <summary>The row rewritten in place and the item the sender must now send; null when it is no broadcast or nothing changed.</summary>
    public static OutboxItem? TryRedact(BsonDocument row, Func<string, string> redact)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(redact);
        if (!IsBroadcast(row) || !row["json"].IsString)
        {
            return null;
        }

        var message = StoredMessage.Read(row["json"].AsString, row["file"]);
        if (Redacted(message, redact) is not { } changed)
        {
            return null;
        }

        row["json"] = StoredMessage.Json(changed);
        return Outbox.ToItem(row);
    }

    /// <summary>The same replacement, each distinct text worked out once.</summary>
    public static Func<string, string> Remembering(Func<string, string> redact)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        return text =>
        {
            if (!known.TryGetValue(text, out var redacted))
            {
                redacted = redact(text);
                known[text] = redacted;
            }

            return redacted;
        };
    }

    private static bool IsBroadcast(BsonDocument row) =>
        row["tag"].IsString || (row["prio"].IsNumber && row["prio"].AsInt32 == (int)Priority.Bulk);

    private static Outbound? Redacted(Outbound message, Func<string, string> redact) => message switch
    {
        TextOut text when Changed(text.Text, redact) is { } html => text with { Text = html },
        DocumentOut document when Changed(document.Caption, redact) is { } html => document with { Caption = html },
        PhotoOut photo when Changed(photo.Caption, redact) is { } html => photo with { Caption = html },
        _ => null,
    };

    private static Html? Changed(Html? html, Func<string, string> redact) =>
        html is { Value: { } value } && redact(value) is var redacted && !string.Equals(redacted, value, StringComparison.Ordinal) ? new Html(redacted) : null;
}
