using FakeTelegram;

namespace Benchmarks;

/// <summary>What one update of one simulated user cost: from enqueuing it in the fake to the bot's replies.</summary>
/// <param name="Step">The script step ("/start", "press Đồng ý", ...).</param>
/// <param name="Sent">When the update was put into the fake (wall clock, the fake's clock for <see cref="SentMessage.At"/>).</param>
/// <param name="FirstReply">Until the fake recorded the first message the bot sent to this user after the update.</param>
/// <param name="Answered">Until the fake recorded the message the user waits for (the whole answer of the step).</param>
internal readonly record struct Sample(string Step, DateTimeOffset Sent, TimeSpan FirstReply, TimeSpan Answered)
{
    public DateTimeOffset AnsweredAt => Sent + Answered;
}

/// <summary>
/// One person in a private chat with the bot: sends an update, then waits (without polling) for the bot's
/// message that answers it, as the messages are handed over by <see cref="SentFeed"/>.
/// </summary>
internal sealed class SimUser(FakeUser user)
{
    private readonly Lock gate = new();
    private readonly List<SentMessage> received = [];
    private int waitFrom;
    private Func<SentMessage, bool>? waitFor;
    private TaskCompletionSource<SentMessage>? waiter;

    public long Id => user.Id;

    public FakeUser User => user;

    public int ReceivedCount
    {
        get
        {
            lock (gate)
            {
                return received.Count;
            }
        }
    }

    /// <summary>Called by the feed for every message recorded to this chat.</summary>
    public void Deliver(SentMessage message)
    {
        // Like a person, the user reads messages; edits and deletions do not answer anything.
        if (!message.Method.StartsWith("send", StringComparison.Ordinal))
        {
            return;
        }

        TaskCompletionSource<SentMessage>? done = null;
        lock (gate)
        {
            received.Add(message);
            if (waiter is not null && received.Count - 1 >= waitFrom && waitFor!(message))
            {
                done = waiter;
                waiter = null;
                waitFor = null;
            }
        }

        done?.TrySetResult(message);
    }

    /// <summary>The latest message that has a button with this label, or null.</summary>
    public SentMessage? LastWithButton(string label)
    {
        lock (gate)
        {
            for (var i = received.Count - 1; i >= 0; i--)
            {
                if (received[i].Buttons.Any(b => b.Text == label))
                {
                    return received[i];
                }
            }

            return null;
        }
    }

    public IReadOnlyList<SentMessage> Snapshot()
    {
        lock (gate)
        {
            return received.ToArray();
        }
    }

    public SentMessage? Last()
    {
        lock (gate)
        {
            return received.Count == 0 ? null : received[^1];
        }
    }

    /// <summary>
    /// Runs <paramref name="send"/> and waits for the first message after it that matches <paramref name="until"/>.
    /// </summary>
    /// <exception cref="TimeoutException">No such message within <paramref name="timeout"/>.</exception>
    public async Task<Sample> StepAsync(string step, Action send, Func<SentMessage, bool> until, TimeSpan timeout)
    {
        int from;
        var source = new TaskCompletionSource<SentMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            from = received.Count;
            waitFrom = from;
            waitFor = until;
            waiter = source;
        }

        var sent = DateTimeOffset.UtcNow;
        send();
        SentMessage answer;
        try
        {
            answer = await source.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            string got;
            lock (gate)
            {
                waiter = null;
                waitFor = null;
                got = string.Join(" | ", received.Skip(from).Select(m => m.Method + ": " + Short(m.Text)));
            }

            throw new TimeoutException($"User {Id}, step '{step}': no answer within {timeout.TotalSeconds:0} s. Got after it: {got}");
        }

        SentMessage first;
        lock (gate)
        {
            first = received[from];
        }

        return new Sample(step, sent, first.At - sent, answer.At - sent);
    }

    private static string Short(string? text) => text is null ? "(no text)" : text.Length <= 60 ? text : text[..60] + "…";
}
