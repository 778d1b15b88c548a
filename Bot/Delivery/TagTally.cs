using Bot.Storage;

namespace Bot.Delivery;

/// <summary>
/// Each tag's messages counted by fate, kept by <see cref="OutboxQueue"/> under its lock as messages
/// are added, finished or dropped, so a broadcast's progress is read from memory instead of its rows.
/// Not thread-safe on its own.
/// </summary>
internal sealed class TagTally
{
    private static readonly OutboxStatus[] Statuses = Enum.GetValues<OutboxStatus>();

    private readonly Dictionary<string, int[]> tallies = new(StringComparer.Ordinal);

    public void Count(string? tag, OutboxStatus status, int change)
    {
        if (tag is null)
        {
            return;
        }

        if (!tallies.TryGetValue(tag, out var counts))
        {
            counts = new int[Statuses.Length];
            tallies[tag] = counts;
        }

        counts[(int)status] += change;
    }

    public IReadOnlyDictionary<OutboxStatus, int>? CountsOf(string tag) =>
        tallies.TryGetValue(tag, out var counts) ? Statuses.ToDictionary(s => s, s => counts[(int)s]) : null;

    public void Forget(string tag) => tallies.Remove(tag);
}
