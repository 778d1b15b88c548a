namespace Bot.Delivery;

/// <summary>
/// Spaces a channel's sends evenly so that no sliding second gets more than its overall limit:
/// sends go one after the other, each one interval after the previous one, and after a quiet moment
/// a few may go at once (the burst), so a quiet channel answers at once. In any sliding second at
/// most the rate plus the burst start. The rate keeps a margin below the limit (1.5%, at least 4 a
/// second, and the burst) for requests that leave on time but reach the server a little late.
/// </summary>
/// <remarks>
/// Each send's instant is decided when it goes, not booked ahead or refilled by a timer, because
/// timers count whole milliseconds and booked instants fall due together after a stall; see
/// "Broadcast" in docs/benchmarks.md and its history.
/// </remarks>
public sealed class OverallPacer : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly TimeProvider time;
    private readonly long interval;
    private readonly long tolerance;
    private long next;

    public OverallPacer(int limitPerSecond, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        this.time = time;
        Burst = Math.Max(1, limitPerSecond / 200);
        PerSecond = Math.Max(1.0, limitPerSecond - Math.Max(4.0, limitPerSecond * 0.015) - Burst);
        interval = (long)(time.TimestampFrequency / PerSecond);
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
            var now = time.GetTimestamp();
            var start = next - tolerance;
            if (start > now)
            {
                await Task.Delay(time.GetElapsedTime(now, start), time, cancellationToken);
                now = time.GetTimestamp();
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
