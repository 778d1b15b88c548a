using Bot.Storage;
using Domain.Conversations;
using Domain.Users;

namespace Bot.Delivery;

/// <summary>
/// The one place that writes what a chat without buttons was shown (<see cref="ShownChoices"/>):
/// the sender places a message's choices just before the channel shows them, because only the
/// send order is the order they reach the phone. A turn reads the record to read a typed number
/// (<see cref="TypedChoices"/>). A message counts as a reply, and to which, as <see cref="AskedMessages"/>
/// says; the person is "in a question" while their session is in a conversation.
/// </summary>
public sealed class ChoiceNumbers(IRecordStore store, AskedMessages asked)
{
    /// <summary>Records the choices <paramref name="message"/> shows and returns the number of its first one, or null when they get no numbers.</summary>
    public int? Place(UserKey chat, TextOut message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = chat.ToString();
        var shown = store.Find<ShownChoices>(id) ?? ShownChoices.None(id);
        var inQuestion = store.Find<Session>(Identities.PersonOf(store, chat).ToString())?.Flow is not null;
        var (next, first) = shown.Place(message, asked.ReplyOf(chat, message), inQuestion);
        if (!ReferenceEquals(next, shown))
        {
            Save(next);
        }

        return first;
    }

    /// <summary>A reply's choices take the numbers; an empty list forgets the old numbers.</summary>
    public void Show(UserKey chat, IReadOnlyList<Choice> choices)
    {
        var id = chat.ToString();
        Save((store.Find<ShownChoices>(id) ?? ShownChoices.None(id)).Show(choices));
    }

    private void Save(ShownChoices next)
    {
        if (next.IsEmpty)
        {
            store.Delete(typeof(ShownChoices), next.Id);
        }
        else
        {
            store.Put(next);
        }
    }
}
