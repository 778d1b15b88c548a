using System.Threading.RateLimiting;

namespace Bot.Delivery;

/// <summary>
/// Keeps one channel's sends within its limits: a per-chat token bucket, an overall token bucket,
/// and a pause for the whole channel after the channel itself said "too many requests".
/// </summary>
public sealed class ChannelPacer : IAsyncDisposable
{
    private readonly RateLimiter? global;
    private readonly PartitionedRateLimiter<string>? perChat;
    private readonly TimeProvider time;
    private long pausedUntilTicks;

    public ChannelPacer(PacingLimits limits, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(limits);
        this.time = time;
        if (limits.GlobalPerSecond is { } overall)
        {
            global = new TokenBucketRateLimiter(GlobalBucket(overall));
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

    /// <summary>
    /// Overall pacing that stays under the limit in every sliding second: a small bucket refilled in
    /// small steps. A full bucket plus a second of refills must fit under the limit, with room for
    /// requests that leave on time but reach the server a little late: the rate is the limit less
    /// one step, less 3% (at least 4 messages: on a busy machine a few paced requests can arrive
    /// together). 30/s gives 25/s; 1,000/s gives 958/s.
    /// </summary>
    public static TokenBucketRateLimiterOptions GlobalBucket(int perSecond)
    {
        var step = Math.Max(1, perSecond / 80);
        var rate = Math.Max(1.0, perSecond - step - Math.Max(4.0, perSecond * 0.03));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = step,
            TokensPerPeriod = step,
            ReplenishmentPeriod = TimeSpan.FromSeconds(step / rate),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
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
            using var lease = await global.AcquireAsync(1, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (global is not null)
        {
            await global.DisposeAsync();
        }

        if (perChat is not null)
        {
            await perChat.DisposeAsync();
        }
    }
}
