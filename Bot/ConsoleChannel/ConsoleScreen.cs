using Bot.Delivery;
using Domain.Conversations;
using Domain.Users;

namespace Bot.ConsoleChannel;

/// <summary>
/// What each console user was last shown: the numbered choices a typed number stands for, and the
/// id of the message that carried them (so a press can be told from a stale one).
/// </summary>
public sealed class ConsoleScreen
{
    private readonly Lock gate = new();
    private readonly Dictionary<UserKey, Choices> shown = [];
    private long nextMessageId;

    public long NextMessageId() => Interlocked.Increment(ref nextMessageId);

    public void Show(UserKey user, long messageId, IReadOnlyList<Choice> choices)
    {
        lock (gate)
        {
            if (choices.Count > 0)
            {
                shown[user] = new Choices(messageId, choices);
            }
        }
    }

    public (long MessageId, Choice Choice)? Pick(UserKey user, int number)
    {
        lock (gate)
        {
            return shown.TryGetValue(user, out var choices) && number >= 1 && number <= choices.Items.Count
                ? (choices.MessageId, choices.Items[number - 1])
                : null;
        }
    }

    private sealed record Choices(long MessageId, IReadOnlyList<Choice> Items);
}
