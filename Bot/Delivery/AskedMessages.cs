using System.Runtime.CompilerServices;
using Bot.Storage;
using Domain.Conversations;
using Domain.Users;

namespace Bot.Delivery;

/// <summary>
/// Which outgoing messages answer something the recipient just did (their reply), as opposed to
/// messages that arrive unasked: an approval card, a notice, a reminder, a signal's outcome. A
/// channel without buttons gives a reply's choices the numbers; an unasked message must not take
/// them from a question the person is answering. Remembered by the message object for as long as
/// it is queued; a message reloaded after a restart counts as unasked, which never takes numbers
/// over.
/// </summary>
public sealed class AskedMessages
{
    private readonly ConditionalWeakTable<Outbound, string> replies = [];

    /// <summary>
    /// Notes the replies among a turn's messages: those to the chat the input came from, unless the
    /// input was a signal (nobody asked) or the message is a broadcast.
    /// </summary>
    public void NoteTurn(InboxItem input, IEnumerable<OutboxItem> queued)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(queued);
        if (input.Envelope is not { Event: not SignalIn })
        {
            return;
        }

        foreach (var item in queued)
        {
            if (item.To == input.User && item.Priority == Priority.Interactive)
            {
                replies.AddOrUpdate(item.Message, item.To.ToString());
            }
        }
    }

    /// <summary>Marks one message as a reply to <paramref name="to"/> (what <see cref="NoteTurn"/> does for a turn).</summary>
    public void NoteReply(UserKey to, Outbound message) => replies.AddOrUpdate(message, to.ToString());

    public bool IsReply(UserKey to, Outbound message) =>
        replies.TryGetValue(message, out var chat) && chat == to.ToString();
}
