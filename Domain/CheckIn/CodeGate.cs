using Domain.Conversations;
using Domain.Events;
using Domain.Text;

namespace Domain.CheckIn;

/// <summary>Counts wrong door codes and links per person, and turns them away after too many.</summary>
public static class CodeGate
{
    /// <summary>False, after saying until when, when the sender has failed too often lately.</summary>
    public static bool MayTry(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var until = turn.Store.Find<CodeAttempts>(turn.From.ToString())?.BlockedUntil(turn.Now);
        if (until is null)
        {
            return true;
        }

        turn.Say(Texts.CheckInWait, MeetingFormat.When(until.Value, turn.Settings.TimeZone, turn.Lang));
        return false;
    }

    public static void Fail(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var id = turn.From.ToString();
        var attempts = turn.Store.Find<CodeAttempts>(id) ?? new CodeAttempts { Id = id };
        turn.Changes.Put(attempts.Fail(turn.Now));
    }
}
