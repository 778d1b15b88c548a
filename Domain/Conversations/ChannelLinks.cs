using System.Text.RegularExpressions;

namespace Domain.Conversations;

/// <summary>
/// What the core needs to write links that open the bot: its Telegram username, learned from
/// Telegram when the bot starts (unknown while Telegram does not run: the console, Zalo alone).
/// </summary>
public sealed partial class ChannelLinks
{
    private volatile string? telegramUsername;

    public ChannelLinks(string? telegramUsername = null)
    {
        if (telegramUsername is not null)
        {
            Learn(telegramUsername);
        }
    }

    public string? TelegramUsername => telegramUsername;

    /// <summary>Keeps the username Telegram gave (getMe); anything that is not one is ignored.</summary>
    public void Learn(string? username)
    {
        if (username is not null && UsernamePattern().IsMatch(username))
        {
            telegramUsername = username;
        }
    }

    /// <summary>
    /// https://t.me/&lt;bot&gt;?start=&lt;payload&gt;, which Telegram opens as /start &lt;payload&gt;;
    /// null when the username is unknown or the payload is not one Telegram passes on.
    /// </summary>
    public string? TelegramStart(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return TelegramUsername is { } name && PayloadPattern().IsMatch(payload) ? $"https://t.me/{name}?start={payload}" : null;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{3,31}$")]
    private static partial Regex UsernamePattern();

    /// <summary>Telegram passes 1 to 64 of A-Z a-z 0-9 _ - as the start parameter.</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex PayloadPattern();
}
