using Bot.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Delivery;

/// <summary>
/// The overall pacer on a fake clock. Each test runs off the test framework's synchronization
/// context, so a send whose delay the clock ends is decided inside <c>Advance</c> at that instant.
/// </summary>
public sealed class OverallPacerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 4, 20, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public Task At_thirty_a_second_sends_go_forty_milliseconds_apart() => Task.Run(async () =>
    {
        using var pacer = new OverallPacer(30, clock);
        Assert.Equal(25, pacer.PerSecond);
        Assert.Equal(1, pacer.Burst);

        await pacer.WaitAsync(CancellationToken.None).WaitAsync(Patience);
        var second = pacer.WaitAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(39));
        Assert.False(second.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(Patience);
    });

    [Fact]
    public Task A_quiet_channel_sends_its_burst_at_once_and_the_next_one_waits() => Task.Run(async () =>
    {
        using var pacer = new OverallPacer(1000, clock);
        Assert.Equal(5, pacer.Burst);

        for (var i = 0; i < pacer.Burst; i++)
        {
            Assert.True(pacer.WaitAsync(CancellationToken.None).IsCompleted, $"send {i + 1} of the burst waited");
        }

        var next = pacer.WaitAsync(CancellationToken.None);
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1 / pacer.PerSecond));
        await next.WaitAsync(Patience);
    });

    [Fact]
    public Task Time_lost_to_a_stall_is_not_made_up_in_a_burst() => Task.Run(async () =>
    {
        using var pacer = new OverallPacer(1000, clock);
        await SendAsync(pacer, 50, TimeSpan.FromTicks(1000));

        clock.Advance(TimeSpan.FromSeconds(2));
        var atOnce = 0;
        while (pacer.WaitAsync(CancellationToken.None) is { IsCompleted: true })
        {
            atOnce++;
        }

        Assert.Equal(pacer.Burst, atOnce);
    });

    [Theory]
    [InlineData(30, 100)]
    [InlineData(1000, 3000)]
    public Task No_sliding_second_gets_more_than_the_limit_and_the_rate_is_kept(int limit, int sends) => Task.Run(async () =>
    {
        using var pacer = new OverallPacer(limit, clock);
        var start = clock.GetUtcNow();

        var sent = await SendAsync(pacer, sends, TimeSpan.FromTicks(1000));

        Assert.True(MostInAnySecond(sent) <= limit, $"{MostInAnySecond(sent)} sends in one second, limit {limit}");
        Assert.True(MostInAnySecond(sent) <= pacer.PerSecond + pacer.Burst, $"{MostInAnySecond(sent)} sends in one second");
        var rate = (sends - pacer.Burst) / (sent[^1] - start).TotalSeconds;
        Assert.InRange(rate, pacer.PerSecond * 0.99, pacer.PerSecond * 1.01);
    });

    [Fact]
    public Task A_cancelled_wait_lets_the_next_caller_through() => Task.Run(async () =>
    {
        using var pacer = new OverallPacer(30, clock);
        await pacer.WaitAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var cancelled = pacer.WaitAsync(cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Patience));

        var next = pacer.WaitAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(40));
        await next.WaitAsync(Patience);
    });

    /// <summary>Sends one after the other, moving the clock on by <paramref name="step"/> while a send waits.</summary>
    private async Task<List<DateTimeOffset>> SendAsync(OverallPacer pacer, int count, TimeSpan step)
    {
        var sent = new List<DateTimeOffset>(count);
        for (var i = 0; i < count; i++)
        {
            var send = pacer.WaitAsync(CancellationToken.None);
            while (!send.IsCompleted)
            {
                clock.Advance(step);
            }

            await send;
            sent.Add(clock.GetUtcNow());
        }

        return sent;
    }

    private static int MostInAnySecond(List<DateTimeOffset> sent)
    {
        var most = 0;
        var first = 0;
        for (var last = 0; last < sent.Count; last++)
        {
            while (sent[last] - sent[first] >= TimeSpan.FromSeconds(1))
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }
}
