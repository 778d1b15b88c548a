using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bot.Pipeline;

/// <summary>
/// Decides whether a person's message is handled or dropped as a flood: a token bucket per person
/// (<see cref="FloodOptions.Burst"/> at once, then <see cref="FloodOptions.PerMinute"/>), and
/// whether a dropped message earns the one polite "too fast" answer.
/// </summary>
public sealed class FloodGuard : IDisposable
{
    // Beyond this many people warned, those warned long ago are forgotten.
    private const int MaxRemembered = 10_000;

    private readonly PartitionedRateLimiter<string> limiter;
    private readonly ConcurrentDictionary<string, DateTimeOffset> warned = new(StringComparer.Ordinal);
    private readonly FloodOptions settings;

    public FloodGuard(IOptions<FloodOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        settings = options.Value;
        var burst = Math.Max(1, settings.Burst);
        var perMinute = Math.Max(1, settings.PerMinute);
        limiter = PartitionedRateLimiter.Create<string, string>(person => RateLimitPartition.GetTokenBucketLimiter(person, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public int MaxQueuedPerPerson => Math.Max(1, settings.MaxQueuedPerPerson);

    /// <summary>Takes one of the person's tokens; false when they have none left.</summary>
    public bool Allows(string person)
    {
        using var lease = limiter.AttemptAcquire(person);
        return lease.IsAcquired;
    }

    /// <summary>Whether a dropped message gets the "too fast" answer: the first one in <see cref="FloodOptions.WarnEvery"/>.</summary>
    public bool ShouldWarn(string person, DateTimeOffset now)
    {
        if (warned.Count > MaxRemembered)
        {
            foreach (var (key, at) in warned)
            {
                if (now - at > settings.WarnEvery)
                {
                    warned.TryRemove(key, out _);
                }
            }
        }

        while (true)
        {
            if (!warned.TryGetValue(person, out var last))
            {
                if (warned.TryAdd(person, now))
                {
                    return true;
                }

                continue;
            }

            if (now - last < settings.WarnEvery)
            {
                return false;
            }

            if (warned.TryUpdate(person, now, last))
            {
                return true;
            }
        }
    }

    public void Dispose() => limiter.Dispose();
}
