using Bot.Delivery;
using Bot.Storage;
using Domain.Conversations;
using Domain.Text;
using Domain.Users;

namespace Bot.Tests.Delivery;

/// <summary>A waiting message an erasure rewrote is sent as rewritten: waiting, resting before a retry, or in flight and then retried.</summary>
public sealed class OutboxQueueRewriteTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly UserKey A = new("telegram", "1");

    [Fact]
    public void A_waiting_message_is_sent_as_rewritten_in_its_place()
    {
        var queue = new OutboxQueue();
        queue.Add([Item(1, "first"), Item(2, "old")]);
        var first = queue.TryTake(Now, out _)!;

        queue.Replace([Item(2, "new")]);
        queue.Done(first, OutboxStatus.Sent);

        Assert.Equal("new", TextOf(queue.TryTake(Now, out _)!));
    }

    [Fact]
    public void A_message_in_flight_finishes_as_it_was_and_a_retry_of_it_sends_the_rewritten_text()
    {
        var queue = new OutboxQueue();
        queue.Add([Item(1, "old")]);
        var inFlight = queue.TryTake(Now, out _)!;

        queue.Replace([Item(1, "new")]);
        Assert.Equal("old", TextOf(inFlight));
        queue.Retry(inFlight, Now.AddSeconds(1));

        var again = queue.TryTake(Now.AddSeconds(1), out _)!;
        Assert.Equal(("new", 1), (TextOf(again), again.Attempts));
    }

    [Fact]
    public void A_resting_message_is_rewritten_and_an_unknown_one_is_ignored()
    {
        var queue = new OutboxQueue();
        queue.Add([Item(1, "old")]);
        queue.Retry(queue.TryTake(Now, out _)!, Now.AddSeconds(5));

        queue.Replace([Item(1, "new"), Item(9, "stray")]);

        var again = queue.TryTake(Now.AddSeconds(5), out _)!;
        Assert.Equal("new", TextOf(again));
        queue.Done(again, OutboxStatus.Sent);
        Assert.Null(queue.TryTake(Now.AddSeconds(5), out _));
        Assert.True(queue.Idle.IsIdle);
    }

    private static OutboxItem Item(long id, string text) => new(id, A, Priority.Bulk, new TextOut(new Html(text)), 0, "notice:t");

    private static string TextOf(OutboxItem item) => ((TextOut)item.Message).Text.Value;
}
