using System.Collections.Concurrent;
using Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Zalo;

/// <summary>
/// Decides when failed sends to one Zalo chat mean that the person cannot be reached there. Zalo
/// documents 403 as "Internal server error", not as "the user blocked the bot", so one refusal
/// proves nothing: a chat counts as unreachable only after sends to it have failed at least
/// <see cref="MinFailures"/> times over <see cref="ZaloOptions.UnreachableAfter"/>, while a send to
/// another chat succeeded after its first failure (so Zalo itself was working). Kept in memory: a
/// restart starts the count again, which only delays the conclusion.
/// </summary>
public sealed class ZaloDeliveryEvidence(IOptions<ZaloOptions> options)
{
    public const int MinFailures = 3;

    private readonly ConcurrentDictionary<string, Failures> failing = new(StringComparer.Ordinal);
    private readonly TimeSpan period = options.Value.UnreachableAfter;
    private long lastSuccessTicks = long.MinValue;

    public void Succeeded(string chatId, DateTimeOffset now)
    {
        failing.TryRemove(chatId, out _);
        var ticks = now.UtcTicks;
        long seen;
        while ((seen = Interlocked.Read(ref lastSuccessTicks)) < ticks && Interlocked.CompareExchange(ref lastSuccessTicks, ticks, seen) != seen)
        {
        }
    }

    /// <summary>Counts a failed send; true when the evidence now holds (the count starts again).</summary>
    public bool Failed(string chatId, DateTimeOffset now)
    {
        var entry = failing.AddOrUpdate(chatId, _ => new Failures(now, 1), (_, old) => old with { Count = old.Count + 1 });
        var holds = entry.Count >= MinFailures
            && now - entry.First >= period
            && Interlocked.Read(ref lastSuccessTicks) > entry.First.UtcTicks;
        if (holds)
        {
            failing.TryRemove(chatId, out _);
        }

        return holds;
    }

    private sealed record Failures(DateTimeOffset First, int Count);
}
