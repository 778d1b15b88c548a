using System.Diagnostics;

namespace Bot.Delivery;

/// <summary>
/// Spaces a channel's sends evenly so that no sliding second gets more than its overall limit:
/// sends go one after the other, each one interval after the previous one, and after a quiet moment
/// a few may go at once (the burst), so a quiet channel answers at once. In any sliding second at
/// most the rate plus the burst start. The rate keeps room below the limit for requests that leave
/// on time but reach the server a little late: 1.5% (at least 4 a second) and the burst. 30/s gives
/// 25/s (one at a time); 1,000/s gives 980/s (bursts of 5). 3% (965/s) was measured first: 1.5%
/// gave +15/s with the most in any second 990 and no 429.
/// </summary>
/// <remarks>
/// Not a token bucket refilled by a timer: timers count whole milliseconds, so a refill period of
/// 12.5 ms ticked every 12 ms and let 1,000/s through where 958/s was meant, and whole-millisecond
/// periods need refills of tens of messages at this rate. Each send's instant is decided when it
/// goes, not booked ahead: after a stall (a garbage collection, a busy machine) booked instants
/// would all fall due together and leave as one burst.
/// </remarks>
public sealed class OverallPacer : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly long interval;
    private readonly long tolerance;
    private long next;

    public OverallPacer(int limitPerSecond)
    {
        Burst = Math.Max(1, limitPerSecond / 200);
        PerSecond = Math.Max(1.0, limitPerSecond - Math.Max(4.0, limitPerSecond * 0.015) - Burst);
        interval = (long)(Stopwatch.Frequency / PerSecond);
        tolerance = interval * (Burst - 1);
    }

    /// <summary>Sends per second in the long run.</summary>
    public double PerSecond { get; }

    /// <summary>How many sends may go at once after a quiet moment.</summary>
    public int Burst { get; }

    /// <summary>Completes when this send may go; callers wait their turn in order.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            var now = Stopwatch.GetTimestamp();
            var start = next - tolerance;
            if (start > now)
            {
                await Task.Delay(Stopwatch.GetElapsedTime(now, start), cancellationToken);
                now = Stopwatch.GetTimestamp();
            }

            // From the actual instant: time lost to a stall is not made up in a burst.
            next = Math.Max(next, now) + interval;
        }
        finally
        {
            turn.Release();
        }
    }

    public void Dispose() => turn.Dispose();
}
