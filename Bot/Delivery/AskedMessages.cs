using System.Runtime.CompilerServices;
using Bot.Storage;
using Domain.Conversations;
using Domain.Users;

namespace Bot.Delivery;

/// <summary>
/// Which outgoing messages answer something the recipient just did (their reply), as opposed to
/// messages that arrive unasked: an approval card, a notice, a reminder, a signal's outcome. A
/// channel without buttons gives a reply's choices the numbers; an unasked message must not take
/// them from a question the person is answering. The messages of one turn's reply share a key,
/// so that they number their choices one after the other. Remembered by the message object for as
/// long as it is queued; a message reloaded after a restart counts as unasked, which never takes
/// numbers over.
/// </summary>
public sealed class AskedMessages
{
    // Inbox numbers may start again in a new file: the run makes the keys of one process its own.
    private readonly string run = Guid.NewGuid().ToString("N");
    private readonly ConditionalWeakTable<Outbound, ReplyMark> replies = [];

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

        var mark = new ReplyMark(input.User.ToString(), $"{run}:{input.Seq}");
        foreach (var item in queued)
        {
            if (item.To == input.User && item.Priority == Priority.Interactive)
            {
                replies.AddOrUpdate(item.Message, mark);
            }
        }
    }

    /// <summary>
    /// Marks one message as a reply to <paramref name="to"/> (what <see cref="NoteTurn"/> does for
    /// a turn); the messages marked with the same <paramref name="reply"/> are one reply.
    /// </summary>
    public void NoteReply(UserKey to, Outbound message, string? reply = null) =>
        replies.AddOrUpdate(message, new ReplyMark(to.ToString(), reply ?? Guid.NewGuid().ToString("N")));

    /// <summary>The reply <paramref name="message"/> belongs to, null when it came to <paramref name="to"/> unasked.</summary>
    public string? ReplyOf(UserKey to, Outbound message) =>
        replies.TryGetValue(message, out var mark) && mark.Chat == to.ToString() ? mark.Reply : null;

    private sealed record ReplyMark(string Chat, string Reply);
}
