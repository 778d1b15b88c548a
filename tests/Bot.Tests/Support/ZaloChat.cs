using FakeZalo;

namespace Bot.Tests.Support;

/// <summary>
/// One simulated Zalo user: types something, then waits for the bot's next new message. Choices
/// are answered the way a person does on Zalo: by typing the number shown before the label.
/// </summary>
public sealed class ZaloChat(FakeZaloApi fake, FakeZaloUser user)
{
    private readonly HashSet<SentMessage> seen = new(ReferenceEqualityComparer.Instance);

    public FakeZaloUser User => user;

    public string Id => user.ChatId;

    public IReadOnlyList<SentMessage> Received => fake.SentTo(Id);

    public Task<SentMessage> Say(string text, Func<SentMessage, bool>? until = null)
    {
        user.SendText(text);
        return Next(until);
    }

    /// <summary>Types the number of the choice with this label on the latest message that lists it.</summary>
    public Task<SentMessage> Choose(string label, Func<SentMessage, bool>? until = null) =>
        Say(NumberOf(label), until);

    public string NumberOf(string label)
    {
        foreach (var message in Received.Reverse())
        {
            var line = message.Text?.Split('\n').FirstOrDefault(l => l.Contains(". ", StringComparison.Ordinal) && l[(l.IndexOf(". ", StringComparison.Ordinal) + 2)..] == label);
            if (line is not null)
            {
                return line[..line.IndexOf('.', StringComparison.Ordinal)];
            }
        }

        throw new InvalidOperationException($"No message to {Id} lists '{label}'. Last: {(Received.Count > 0 ? Received[^1].Text : null)}");
    }

    public async Task<SentMessage> Next(Func<SentMessage, bool>? until = null, TimeSpan? timeout = null)
    {
        var known = seen.ToHashSet(ReferenceEqualityComparer.Instance);
        var message = await fake.WaitForAsync(Id, m => !known.Contains(m) && (until?.Invoke(m) ?? true), timeout ?? TimeSpan.FromSeconds(20));
        foreach (var earlier in Received.TakeWhile(m => !ReferenceEquals(m, message)))
        {
            seen.Add(earlier);
        }

        seen.Add(message);
        return message;
    }
}
