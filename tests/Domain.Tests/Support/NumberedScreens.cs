using Domain.Conversations;
using Domain.Users;

namespace Domain.Tests.Support;

/// <summary>
/// The sender's part on a channel without buttons (Bot's ChoiceNumbers and AskedMessages) for the
/// chats that use one: each message of a turn is placed on the chat's <see cref="ShownChoices"/>,
/// the messages to the chat the turn came from as one reply, the rest as unasked.
/// </summary>
public sealed class NumberedScreens(MemoryStore store)
{
    private readonly HashSet<UserKey> chats = [];

    public void Add(UserKey chat) => chats.Add(chat);

    public void Show(InboundEnvelope received, IEnumerable<Delivery> deliveries)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(deliveries);
        foreach (var delivery in deliveries)
        {
            if (!chats.Contains(delivery.To) || delivery.Message is not TextOut text)
            {
                continue;
            }

            var asked = received.Event is not SignalIn && delivery.To == received.From && delivery.Priority == Priority.Interactive;
            var id = delivery.To.ToString();
            var shown = store.Find<ShownChoices>(id) ?? ShownChoices.None(id);
            var inQuestion = store.Find<Session>(Identities.PersonOf(store, delivery.To).ToString())?.Flow is not null;
            store.Put(shown.Place(text, asked ? received.Id : null, inQuestion).Next);
        }
    }
}
