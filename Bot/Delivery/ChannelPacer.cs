using System.Threading.RateLimiting;

namespace Bot.Delivery;

/// <summary>
/// Keeps one channel's sends within its limits: a per-chat token bucket, an overall pacer
/// (<see cref="OverallPacer"/>), and a pause for the whole channel after the channel itself said "too many requests".
/// </summary>
public sealed class ChannelPacer : IAsyncDisposable
{
    private readonly OverallPacer? global;
    private readonly PartitionedRateLimiter<string>? perChat;
    private readonly TimeProvider time;
    private long pausedUntilTicks;

    public ChannelPacer(PacingLimits limits, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(limits);
        this.time = time;
        if (limits.GlobalPerSecond is { } overall)
        {
            global = new OverallPacer(overall, time);
        }

        if (limits.PerChatPerSecond is { } chatRate)
        {
            // The partitioned limiter refills its buckets on a 100 ms tick, so fast rates refill per
            // tick; a bucket lets through its capacity plus a second's refill within one second, so
            // the capacity is what is left of the burst after that refill.
            var perTick = chatRate >= 10;
            var options = new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, limits.PerChatBurst - (int)Math.Ceiling(chatRate)),
                TokensPerPeriod = perTick ? (int)Math.Ceiling(chatRate / 10) : 1,
                ReplenishmentPeriod = perTick ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1 / chatRate),
                QueueLimit = 0,
                AutoReplenishment = true,
            };
            ChatWait = perTick ? TimeSpan.FromMilliseconds(100) : options.ReplenishmentPeriod / 2;
            perChat = PartitionedRateLimiter.Create<string, string>(chat => RateLimitPartition.GetTokenBucketLimiter(chat, _ => options));
    }
    }

    public DateTimeOffset PausedUntil => new(Interlocked.Read(ref pausedUntilTicks), TimeSpan.Zero);

    public void PauseUntil(DateTimeOffset until)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref pausedUntilTicks);
            if (until.UtcTicks <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref pausedUntilTicks, until.UtcTicks, current) != current);
    }

    /// <summary>How long a chat that is over its limit waits before it is looked at again.</summary>
    public TimeSpan ChatWait { get; } = TimeSpan.Zero;

    /// <summary>
    /// Takes a chat's permit without waiting: a chat over its limit is set aside by the caller, so
    /// it never holds one of the few sending slots while other chats could go.
    /// </summary>
    public bool TryChat(string chat)
    {
        if (perChat is null)
        {
            return true;
        }

        using var lease = perChat.AttemptAcquire(chat);
        return lease.IsAcquired;
    }

    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        var pause = PausedUntil - time.GetUtcNow();
        if (pause > TimeSpan.Zero)
        {
            await Task.Delay(pause, time, cancellationToken);
        }

        if (global is not null)
        {
            await global.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        global?.Dispose();
        if (perChat is not null)
        {
            await perChat.DisposeAsync();
        }
    }
}
