using Domain.CheckIn;
using Domain.Conversations;
using Domain.Members;

namespace Domain.Guests;

/// <summary>
/// A guest's part of an erasure: the invitations their chat opened (with the name, position, phone
/// and the person they send), their check-ins and wrong-code counts. Returns the words that
/// identify them, for the shell to scrub from what it keeps outside the records.
/// </summary>
public static class GuestErasure
{
    /// <summary>Whether the sender's chat opened an invitation: a guest has data to erase without being a member.</summary>
    public static bool Holds(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var me = turn.From.ToString();
        return turn.Store.Scan<Guest>().Any(g => g.ClaimedBy == me);
    }

    public static IReadOnlyList<string> Erase(Turn turn, IReadOnlySet<string> keys)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(keys);
        var texts = new List<string>();
        foreach (var guest in turn.Store.Scan<Guest>().Where(g => g.ClaimedBy is { } by && keys.Contains(by)).ToList())
        {
            turn.Changes.Delete<Guest>(guest.Id);
            turn.Changes.Delete<Attendance>(Attendance.IdFor(guest.MeetingId, guest.Id));
            texts.AddRange(new[] { guest.FullName, guest.Delegate?.FullName }.OfType<string>());
            foreach (var phone in new[] { guest.Phone, guest.Delegate?.Phone })
            {
                if (PhoneRule.Normalize(phone) is { } normalized)
                {
                    texts.AddRange(PhoneRule.WrittenForms(normalized));
                }
            }
        }

        foreach (var made in turn.Store.Scan<Guest>().Where(g => keys.Contains(g.CreatedBy) && !(g.ClaimedBy is { } by && keys.Contains(by))).ToList())
        {
            turn.Changes.Put(made with { CreatedBy = PersonalDataEraser.Erased });
        }

        foreach (var key in keys)
        {
            turn.Changes.Delete<CodeAttempts>(key);
        }

        // A member's own check-ins, and the records that name them as the one who checked someone in.
        foreach (var presence in turn.Store.Scan<Attendance>().ToList())
        {
            if (keys.Contains(presence.PersonId))
            {
                turn.Changes.Delete<Attendance>(presence.Id);
            }
            else if (keys.Contains(presence.By))
            {
                turn.Changes.Put(presence with { By = PersonalDataEraser.Erased });
            }
        }

        return texts.Where(t => t.Trim().Length >= 4).ToList();
    }
}
