using Domain.Conversations;
using Domain.Users;

namespace Bot.Delivery;

/// <summary>What the channel answered to one send.</summary>
public abstract record SendResult
{
    public static readonly SendResult Sent = new Delivered(null);

    /// <summary>
    /// For a message sent in parts (a long text): how many of its parts the channel has accepted,
    /// counted from the first, when this send did not finish. A retry starts after them.
    /// </summary>
    public int PartsAccepted { get; init; }
}

/// <summary>Accepted by the channel; <paramref name="MessageId"/> is the channel's id of the message, when it has one.</summary>
public sealed record Delivered(long? MessageId) : SendResult;

/// <summary>The channel asked us to slow down: nothing more to this channel before the wait is over.</summary>
public sealed record RetryAfter(TimeSpan Wait) : SendResult;

/// <summary>The person blocked the bot or no longer exists: later sends skip them.</summary>
public sealed record Unreachable(string Reason) : SendResult;

/// <summary>A network error, a timeout or a server error: worth another try later.</summary>
public sealed record Transient(string Error) : SendResult;

/// <summary>The channel refused this message for good (bad request): retrying cannot help.</summary>
public sealed record Rejected(string Error) : SendResult;

/// <summary>Sends outbound messages on one channel and reports what happened.</summary>
public interface IChannelSender
{
    string Channel { get; }

    /// <summary>The channel's limits; null fields mean no limit.</summary>
    PacingLimits Limits { get; }

    /// <summary>Sends one message; <paramref name="bulk"/> marks a broadcast (Telegram may then use paid broadcast).</summary>
    Task<SendResult> SendAsync(UserKey recipient, Outbound message, bool bulk, CancellationToken cancellationToken);

    /// <summary>
    /// Sends a message from part <paramref name="firstPart"/> on (0-based): a long text goes in
    /// parts, and the parts an earlier attempt got accepted are not sent again.
    /// </summary>
    Task<SendResult> SendFromPartAsync(UserKey recipient, Outbound message, bool bulk, int firstPart, CancellationToken cancellationToken);

    /// <summary>Replaces the text of a message sent before (a progress report). Best effort: false when it could not.</summary>
    Task<bool> EditTextAsync(UserKey recipient, long messageId, Domain.Text.Html text, CancellationToken cancellationToken);
}

/// <summary>Sends per second overall and per chat, and the most sends one chat may get within any one second.</summary>
public sealed record PacingLimits(int? GlobalPerSecond, double? PerChatPerSecond, int PerChatBurst = 3)
{
    public static readonly PacingLimits None = new(null, null);
}
