namespace Domain.Conversations;

/// <summary>Why a sent file's content did not come with it.</summary>
public enum AttachmentProblem
{
    None,
    TooLarge,
    Unavailable,
}

/// <summary>
/// The content of a small text file a person sent (a CSV list), fetched by the channel before the
/// event is stored, so that the turn reads it without I/O and a restart finds it in the inbox.
/// Only files that may be a table of text are fetched (<see cref="IsTextTable"/>), at most
/// <see cref="MaxBytes"/>; a larger or unreachable one comes with its problem instead.
/// </summary>
public sealed record Attachment(byte[]? Bytes, AttachmentProblem Problem = AttachmentProblem.None)
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly string[] Extensions = [".csv", ".txt"];

    // Excel on Windows labels a .csv "application/vnd.ms-excel"; some phones send no type at all.
    private static readonly string[] MimeTypes = ["text/csv", "text/plain", "text/comma-separated-values", "application/csv", "application/vnd.ms-excel", "application/octet-stream"];

    public static Attachment TooLarge { get; } = new(null, AttachmentProblem.TooLarge);

    public static Attachment Unavailable { get; } = new(null, AttachmentProblem.Unavailable);

    /// <summary>The bytes, or <see cref="TooLarge"/> when they pass the limit.</summary>
    public static Attachment Of(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return bytes.Length > MaxBytes ? TooLarge : new Attachment(bytes);
    }

    /// <summary>
    /// Whether people on the channel can send the bot a file: the Zalo Bot Platform documents no
    /// file event (only text, pictures, stickers and voice), so there the list is pasted.
    /// </summary>
    public static bool ChannelTakesFiles(string channel) => !string.Equals(channel, "zalo", StringComparison.Ordinal);

    /// <summary>A .csv or .txt file whose declared type (when there is one) is text or a spreadsheet's CSV.</summary>
    public static bool IsTextTable(string? fileName, string? mimeType) =>
        fileName is not null
        && Extensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(mimeType) || MimeTypes.Contains(mimeType.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase));
}
