using Domain.Conversations;

namespace Domain.Guests;

/// <summary>A deep link that is not a unit code: "/start g_…" opens an invitation, "/start d_…" checks in at the door.</summary>
public interface IStartLink
{
    bool Claims(string startArgs);

    void Open(Turn turn, string startArgs);
}

/// <summary>The links people open: https://t.me/&lt;bot&gt;?start=&lt;payload&gt; on Telegram, "/start &lt;payload&gt;" typed elsewhere.</summary>
public static class DeepLink
{
    public const string GuestPrefix = "g_";
    public const string DoorPrefix = "d_";

    /// <summary>The Telegram link, or null while the bot's username is unknown (learned from getMe).</summary>
    public static string? Telegram(BotSettings settings, string payload)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Links.TelegramStart(payload);
    }

    /// <summary>What to put in a QR code or hand out: the Telegram link when there is one, the typed command otherwise.</summary>
    public static string Best(BotSettings settings, string payload) => Telegram(settings, payload) ?? Typed(payload);

    public static string Typed(string payload) => $"/start {payload}";
}
