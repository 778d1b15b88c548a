using Bot.Delivery;
using Bot.Storage;
using Domain.Conversations;
using Domain.Text;
using Domain.Users;

namespace Bot.Tests.Delivery;

public sealed class OutboxQueueTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly UserKey A = new("telegram", "1");
    private static readonly UserKey B = new("telegram", "2");

    [Fact]
    public void One_chats_messages_leave_in_order_one_at_a_time()
    {
        var queue = new OutboxQueue();
        queue.Add([Item(1, A), Item(2, A)]);

        var first = queue.TryTake(Now, out _);
        var whileBusy = queue.TryTake(Now, out _);
        queue.Done(first!, OutboxStatus.Sent);
        var second = queue.TryTake(Now, out _);

        Assert.Equal(1, first!.Id);
        Assert.Null(whileBusy);
        Assert.Equal(2, second!.Id);
    }

    [Fact]
    public void Interactive_replies_go_before_bulk_messages_queued_earlier()
    {
        var queue = new OutboxQueue();
        queue.Add([Item(1, A, Priority.Bulk), Item(2, B, Priority.Interactive)]);

        Assert.Equal(2, queue.TryTake(Now, out _)!.Id);
        Assert.Equal(1, queue.TryTake(Now, out _)!.Id);
    }

    [Fact]
    public void A_reply_to_a_chat_with_broadcast_messages_waiting_goes_before_them()
    {
        var queue = new OutboxQueue();
        queue.Add([Item(1, B, Priority.Bulk), Item(2, A, Priority.Bulk), Item(3, A, Priority.Bulk)]);
        queue.Add([Item(4, A, Priority.Interactive)]);

        Assert.Equal(4, queue.TryTake(Now, out _)!.Id);
        Assert.Equal(1, queue.TryTake(Now, out _)!.Id);
    }

    [Fact]
    public void Dropped_messages_are_not_sent_but_the_one_in_flight_finishes()
    {
        var queue = new OutboxQueue();
        queue.Add([Item(1, A, Priority.Bulk), Item(2, A, Priority.Bulk), Item(3, B, Priority.Bulk)]);
        var inFlight = queue.TryTake(Now, out _)!;

        queue.Drop([1, 2, 3]);
        queue.Done(inFlight, OutboxStatus.Sent);

        Assert.Equal(1, inFlight.Id);
        Assert.Null(queue.TryTake(Now, out _));
        Assert.True(queue.Idle.IsIdle);
    }

    [Fact]
    public void A_message_to_retry_stays_first_in_its_chat_until_its_time()
    {
        var queue = new OutboxQueue();
        queue.Add([Item(1, A), Item(2, A)]);
        var first = queue.TryTake(Now, out _)!;

        queue.Retry(first, Now.AddSeconds(5));

        Assert.Null(queue.TryTake(Now.AddSeconds(1), out var due));
        Assert.Equal(Now.AddSeconds(5), due);
        var again = queue.TryTake(Now.AddSeconds(5), out _)!;
        Assert.Equal(1, again.Id);
        Assert.Equal(1, again.Attempts);
    }

    [Fact]
    public void The_same_outbox_row_added_twice_is_queued_once()
    {
        var queue = new OutboxQueue();
        queue.Add([Item(1, A)]);
        queue.Add([Item(1, A)]);

        queue.Done(queue.TryTake(Now, out _)!, OutboxStatus.Sent);

        Assert.Null(queue.TryTake(Now, out _));
        Assert.True(queue.Idle.IsIdle);
    }

    [Fact]
    public void A_tags_messages_are_counted_by_fate_as_they_leave_the_queue()
    {
        var queue = new OutboxQueue();
        queue.AddFinished("notice:7", new Dictionary<OutboxStatus, int> { [OutboxStatus.Sent] = 5, [OutboxStatus.Pending] = 3, [OutboxStatus.Unreachable] = 1 });
        queue.Add([Tagged(1, A, "notice:7"), Tagged(2, B, "notice:7"), Tagged(3, new UserKey("telegram", "3"), "notice:7")]);

        queue.Done(queue.TryTake(Now, out _)!, OutboxStatus.Sent);
        queue.Done(queue.TryTake(Now, out _)!, OutboxStatus.Failed);
        queue.Drop([3]);
        var counts = queue.CountsOf("notice:7")!;

        Assert.Equal(0, counts[OutboxStatus.Pending]);
        Assert.Equal(6, counts[OutboxStatus.Sent]);
        Assert.Equal(1, counts[OutboxStatus.Failed]);
        Assert.Equal(1, counts[OutboxStatus.Unreachable]);
        Assert.Equal(1, counts[OutboxStatus.Cancelled]);
        Assert.Null(queue.CountsOf("notice:8"));
    }

    [Fact]
    public void A_message_in_flight_when_its_tag_is_cancelled_is_counted_by_its_real_fate()
    {
        var queue = new OutboxQueue();
        queue.Add([Tagged(1, A, "notice:7"), Tagged(2, B, "notice:7")]);

        var inFlight = queue.TryTake(Now, out _)!;
        queue.Drop([1, 2]);
        var whileSending = queue.CountsOf("notice:7")!;
        queue.Done(inFlight, OutboxStatus.Sent);
        var after = queue.CountsOf("notice:7")!;

        Assert.Equal((1, 1), (whileSending[OutboxStatus.Pending], whileSending[OutboxStatus.Cancelled]));
        Assert.Equal((0, 1, 1), (after[OutboxStatus.Pending], after[OutboxStatus.Sent], after[OutboxStatus.Cancelled]));
    }

    [Fact]
    public void Long_texts_are_split_at_line_breaks_within_the_limit()
    {
        var text = string.Join('\n', Enumerable.Repeat(new string('ệ', 30), 10));

        var parts = TextSplitter.Split(text, 100);

        Assert.All(parts, p => Assert.True(p.Length <= 100));
        Assert.Equal(text.Replace("\n", string.Empty, StringComparison.Ordinal), string.Concat(parts).Replace("\n", string.Empty, StringComparison.Ordinal));
    }

    private static OutboxItem Item(long id, UserKey to, Priority priority = Priority.Interactive) =>
        new(id, to, priority, new TextOut(new Html("x")), 0);

    private static OutboxItem Tagged(long id, UserKey to, string tag) =>
        new(id, to, Priority.Bulk, new TextOut(new Html("x")), 0, tag);
}
