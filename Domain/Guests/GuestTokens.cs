using Domain.Conversations;
using Domain.Events;
using Domain.Text;

namespace Domain.Guests;

/// <summary>Finds the invitation a typed or scanned secret opens, or says in one sentence why none does.</summary>
public static class GuestTokens
{
    /// <summary>The guest and meeting, or null after saying what is wrong; a refused secret changes nothing.</summary>
    public static (Guest Guest, Meeting Meeting)? Resolve(Turn turn, string token)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var guest = Find(turn.Store, token);
        var meeting = guest is null ? null : turn.Store.Find<Meeting>(guest.MeetingId);
        if (guest is null || meeting is null)
        {
            turn.Say(Texts.GuestLinkInvalid);
            return null;
        }

        if (Guest.Expired(meeting, turn.Now))
        {
            turn.Say(Texts.GuestLinkExpired);
            return null;
        }

        if (guest.ClaimedBy is not null && guest.ClaimedBy != turn.From.ToString())
        {
            turn.Say(Texts.GuestLinkUsed);
            return null;
        }

        return (guest, meeting);
    }

    /// <summary>The guest whose stored hash the secret matches (compared in constant time), or null.</summary>
    public static Guest? Find(IReadModel store, string? token)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!SecretToken.IsLinkToken(token))
        {
            return null;
        }

        var guest = store.Find<Guest>(Guest.IdFor(SecretToken.Hash(token!)));
        return guest is not null && SecretToken.Matches(token, guest.TokenHash) ? guest : null;
    }

    /// <summary>A new guest with a fresh secret; the secret is returned once and never stored.</summary>
    public static (Guest Guest, string Token) Create(IReadModel store, string meetingId, GuestDetails details, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(details);
        while (true)
        {
            var token = SecretToken.NewLinkToken();
            var hash = SecretToken.Hash(token);
            if (store.Find<Guest>(Guest.IdFor(hash)) is not null)
            {
                continue;
            }

            return (new Guest
            {
                Id = Guest.IdFor(hash),
                MeetingId = meetingId,
                FullName = details.FullName,
                Unit = details.Unit,
                Position = details.Position,
                Phone = details.Phone,
                TokenHash = hash,
                CreatedAt = now,
                CreatedBy = by,
            }, token);
        }
    }
}

/// <summary>What an organizer gives for a guest.</summary>
public sealed record GuestDetails(string FullName, string Unit, string Position, string? Phone);
