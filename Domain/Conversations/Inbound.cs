using System.Text.Json.Serialization;
using Domain.Users;

namespace Domain.Conversations;

/// <summary>What a person did, whatever channel it came from.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(TextIn), "text")]
[JsonDerivedType(typeof(CommandIn), "command")]
[JsonDerivedType(typeof(ButtonIn), "button")]
[JsonDerivedType(typeof(ContactIn), "contact")]
[JsonDerivedType(typeof(UnsupportedIn), "unsupported")]
[JsonDerivedType(typeof(MediaIn), "media")]
[JsonDerivedType(typeof(SignalIn), "signal")]
public abstract record Inbound;

public sealed record TextIn(string Text) : Inbound;

/// <summary>A command without its slash, lower case, with whatever followed it.</summary>
public sealed record CommandIn(string Name, string Args) : Inbound
{
    /// <summary>Reads "/start abc" or "/start@some_bot abc"; null when the text is no command.</summary>
    public static CommandIn? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsAsciiLetterOrDigit(trimmed[1]))
        {
            return null;
        }

        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        var head = space < 0 ? trimmed[1..] : trimmed[1..space];
        var args = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            head = head[..at];
        }

        return new CommandIn(head.ToLowerInvariant(), args);
    }
}

/// <summary>
/// A button press. <paramref name="Data"/> comes from the client and may be forged: every
/// handler checks that the presser may do what it says. The data is read only by
/// <see cref="ButtonData"/> and the button families.
/// </summary>
public sealed record ButtonIn(string Data, string? CallbackId, long? MessageId) : Inbound;

/// <summary>A shared phone contact; <paramref name="OwnerId"/> is whose number it is, when the channel knows.</summary>
public sealed record ContactIn(string Phone, string? OwnerId) : Inbound;

/// <summary>
/// A photo or a document. <paramref name="FileId"/> is the channel's own reference to the file, so
/// the bot can send the same file on without downloading it. <see cref="Content"/> is the file
/// itself when it is a small text table the channel fetched (<see cref="Attachment"/>).
/// </summary>
public sealed record MediaIn(MediaKind Kind, string FileId, string? FileName, string? Caption) : Inbound
{
    public Attachment? Content { get; init; }

    /// <summary>The type the sender's app declared for a document, if any.</summary>
    public string? MimeType { get; init; }
}

public enum MediaKind
{
    Photo,
    Document,
}

/// <summary>A sticker, voice note or anything else the bot does not read.</summary>
public sealed record UnsupportedIn(string What) : Inbound;

/// <summary>
/// A message from the bot to itself about this user, written by another user's turn (an organizer
/// approving a member, say). It runs in this user's queue so that only one turn at a time changes
/// this user's records.
/// </summary>
public sealed record SignalIn(string Name, UserKey By, string Args) : Inbound;

/// <summary>One inbound event with where it came from. <paramref name="Id"/> deduplicates it.</summary>
public sealed record InboundEnvelope(
    string Id,
    UserKey From,
    Inbound Event,
    DateTimeOffset At,
    string? DisplayName = null,
    string? LanguageCode = null)
{
    /// <summary>
    /// The channel identity it came from when that is a linked channel of the person in
    /// <see cref="From"/> (see <see cref="Users.Identities"/>); null when it is the person's own.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public UserKey? Via { get; init; }

    /// <summary>The same event as from the person a linked channel identity belongs to.</summary>
    public InboundEnvelope AsPerson(UserKey person) => person == From ? this : this with { From = person, Via = From };
}
