using Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Zalo;

/// <summary>
/// Zalo's 429 means "Quota exceeded": the plan's quota, not a per-second limit, so waiting seconds
/// does not help. The first 429 pauses Zalo sends for <see cref="ZaloOptions.QuotaFirstWait"/>, each
/// later one (while no send has succeeded) twice as long, up to <see cref="ZaloOptions.QuotaMaxWait"/>.
/// The messages stay queued; the first successful send ends the episode.
/// </summary>
public sealed class ZaloQuota(IOptions<ZaloOptions> options)
{
    private readonly Lock gate = new();
    private readonly ZaloOptions settings = options.Value;
    private TimeSpan lastWait;
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Whether an episode is going on (a 429 and no success since).</summary>
    public bool Exhausted
    {
        get
        {
            lock (gate)
            {
                return lastWait > TimeSpan.Zero;
            }
        }
    }

    /// <summary>How long to wait after a 429; <paramref name="first"/> is true for the first 429 of an episode.</summary>
    public TimeSpan Refused(DateTimeOffset now, out bool first)
    {
        lock (gate)
        {
            first = lastWait == TimeSpan.Zero;
            if (now < pausedUntil)
            {
                // Several sends were on their way when the quota ran out: one pause for all of them.
                return pausedUntil - now;
            }

            lastWait = first ? settings.QuotaFirstWait : TimeSpan.FromTicks(Math.Min(lastWait.Ticks * 2, settings.QuotaMaxWait.Ticks));
            pausedUntil = now + lastWait;
            return lastWait;
        }
    }

    /// <summary>A send went through: the quota is back.</summary>
    /// <returns>True when this ends an episode.</returns>
    public bool Accepted()
    {
        lock (gate)
        {
            var ended = lastWait > TimeSpan.Zero;
            lastWait = TimeSpan.Zero;
            pausedUntil = DateTimeOffset.MinValue;
            return ended;
        }
    }
}
