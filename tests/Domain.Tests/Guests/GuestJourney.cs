using System.Text.RegularExpressions;
using Domain.Conversations;
using Domain.Tests.Support;
using Domain.Users;

namespace Domain.Tests.Guests;

/// <summary>What the guest tests share: an organizer making an invitation and reading its secret from the reply.</summary>
public static partial class GuestJourney
{
    public static readonly UserKey Visitor = new("tg", "3001");

    public static readonly UserKey Stranger = new("tg", "3002");

    public const string Line = "Nguyễn Văn An | Ban Dân vận Quận ủy | Phó Trưởng ban | 0912345678";

    /// <summary>Makes an invitation through /khach and returns the "/start g_…" payload the organizer was shown.</summary>
    public static string Invite(ConversationDriver bot, string line = Line)
    {
        ArgumentNullException.ThrowIfNull(bot);
        bot.Command(ConversationDriver.Organizer, "/khach");
        bot.Press(ConversationDriver.Organizer, bot.LastWithButtons(ConversationDriver.Organizer)!.Buttons[0][0].Data);
        bot.Text(ConversationDriver.Organizer, line);
        var reply = bot.TextsTo(ConversationDriver.Organizer)[^1];
        return PayloadPattern().Match(reply).Value;
    }

    /// <summary>The door code the organizer was shown after opening or rotating check-in.</summary>
    public static string Code(ConversationDriver bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var text = bot.AllSentTo(ConversationDriver.Organizer).OfType<TextOut>().Last(t => CodePattern().IsMatch(t.Text.Value)).Text.Value;
        return CodePattern().Match(text).Groups[1].Value;
    }

    [GeneratedRegex("g_[A-Za-z0-9]{22}")]
    private static partial Regex PayloadPattern();

    [GeneratedRegex("<b>([A-Z2-9]{6})</b>")]
    private static partial Regex CodePattern();
}
