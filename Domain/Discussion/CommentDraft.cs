using System.Security.Cryptography;
using System.Text;
using Domain.Conversations;
using Domain.Events;
using Domain.Text;

namespace Domain.Discussion;

/// <summary>What the session holds of the comment being written, read back with the checks it needs.</summary>
public static class CommentDraft
{
    /// <summary>Once a meeting has started, a comment can no longer be finished: the answers so far are dropped.</summary>
    public static bool MeetingStillOpen(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Session.Get(CommentMachine.MeetingKey) is not { } id)
        {
            return true;
        }

        if (turn.Store.Find<Meeting>(id) is not { } meeting)
        {
            turn.Say(Texts.MeetingGone);
        }
        else if (meeting.IsPast(turn.Now))
        {
            turn.Say(Texts.CommentsClosed, MeetingFormat.When(meeting.StartsAt, turn.Settings.TimeZone, turn.Lang));
        }
        else
        {
            return true;
        }

        turn.Session = turn.Session.Leave();
        return false;
    }

    /// <summary>The meeting's content item a topic button names; empty for "other"; null when there is none.</summary>
    public static string? Topic(Turn turn, string index)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(index);
        var contents = turn.Store.Find<Meeting>(turn.Session.Get(CommentMachine.MeetingKey) ?? string.Empty)?.Contents ?? [];
        if (index == "o")
        {
            return string.Empty;
        }

        // Only plain digits: int.Parse would also take " 1" or "+1" from forged data.
        return index.Length is > 0 and < 4 && index.All(char.IsAsciiDigit) && int.Parse(index, System.Globalization.CultureInfo.InvariantCulture) is var i && i < contents.Count
            ? contents[i]
            : null;
    }

    /// <summary>Six hex characters naming this conversation, put in each of its buttons.</summary>
    public static string Nonce(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{turn.Input.Id}|{turn.Now.UtcTicks}")))[..6];
    }
}
