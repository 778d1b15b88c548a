using System.Collections.Concurrent;

namespace Bot.Operations;

/// <summary>
/// The last sign of life of each channel (a poll that returned, a webhook call), so the health
/// report can tell a stuck poll on one channel even while the other is busy.
/// </summary>
public sealed class ChannelActivity(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> last = new(StringComparer.Ordinal);

    /// <summary>The most recent sign of life of any channel.</summary>
    public DateTimeOffset? Last => last.IsEmpty ? null : last.Values.Max();

    public DateTimeOffset? LastOf(string channel) => last.TryGetValue(channel, out var at) ? at : null;

    public void Touch(string channel) => last[channel] = time.GetUtcNow();
}
