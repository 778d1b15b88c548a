namespace Bot.Pipeline;

/// <summary>
/// After a turn that allocated a lot (with 10,000 members: /thongke reading every member and drawing
/// its chart, /xuatds building the attendee list and the sign-in sheet), one compacting collection
/// returns what it left behind, so that the next such turn starts from the bot's settled memory
/// rather than on top of the last one's garbage. Such turns are an organizer's rare commands, and the
/// pause is short beside their own time; an ordinary turn allocates far less than the threshold
/// (docs/benchmarks.md, "Scale and memory").
/// </summary>
internal static class HeavyTurns
{
    /// <summary>A turn that allocated at least this much on its thread is heavy.</summary>
    public const long Threshold = 32L * 1024 * 1024;

    public static bool IsHeavy(long allocatedBefore) => GC.GetAllocatedBytesForCurrentThread() - allocatedBefore >= Threshold;

    public static void Settle() => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
