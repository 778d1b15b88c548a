using Domain.Conversations;

namespace Domain.Users;

/// <summary>
/// One person, several channels: who a channel identity is, and where a message to a person goes.
/// A reply goes back where the person wrote from; anything else to the channel they used last or chose.
/// </summary>
public static class Identities
{
    // Above this many messages in one turn (a broadcast) every preference is read at once.
    private const int ReadAllAbove = 20;

    /// <summary>The key a person's records are kept under; the identity itself when it is not linked.</summary>
    public static UserKey PersonOf(IReadModel store, UserKey identity)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Find<IdentityLink>(identity.ToString()) is { } link ? UserKey.Parse(link.Person) : identity;
    }

    /// <summary>Every channel identity of a person, the person's own key first.</summary>
    public static IReadOnlyList<UserKey> ChannelsOf(IReadModel store, UserKey person)
    {
        ArgumentNullException.ThrowIfNull(store);
        var id = person.ToString();
        return [person, .. store.All<IdentityLink>().Where(l => l.Person == id).Select(l => UserKey.Parse(l.Id)).OrderBy(k => k.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>Remembers the channel a linked person wrote from last, unless they chose one.</summary>
    public static void NoteChannel(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Input.Event is SignalIn)
        {
            return;
        }

        var via = turn.ArrivedVia.ToString();
        var current = turn.Store.Find<PreferredChannel>(turn.From.ToString());
        if (current is null ? turn.Input.Via is not null : !current.Chosen && current.Via != via)
        {
            turn.Changes.Put(new PreferredChannel(turn.From.ToString(), via, Chosen: false));
        }
    }

    /// <summary>Points every message of the turn at a channel: replies where the person wrote from, others where each person gets messages.</summary>
    public static void Readdress(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var deliveries = turn.Changes.Deliveries;
        if (deliveries.Count == 0)
        {
            return;
        }

        var preferred = deliveries.Count > ReadAllAbove
            ? turn.Store.All<PreferredChannel>().ToDictionary(p => p.Id, p => p.Via, StringComparer.Ordinal)
            : null;
        var replyTo = turn.Input.Event is SignalIn ? (UserKey?)null : turn.ArrivedVia;
        turn.Changes.Readdress(to =>
        {
            if (replyTo is { } reply && to == turn.From)
            {
                return reply;
            }

            var via = preferred is null ? turn.Store.Find<PreferredChannel>(to.ToString())?.Via : preferred.GetValueOrDefault(to.ToString());
            return via is null ? to : UserKey.Parse(via);
        });
    }
}
