using System.Reflection;
using LiteDB;

namespace Bot.Storage;

/// <summary>
/// How LiteDB grows its page cache. It keeps every page it read until it needs room, and when it
/// finds no page to reuse it adds a block of pages it never gives back: 12, 50, 100, 500, then
/// 1,000 pages (8 MB) at a time. Reading every member once makes it add the 1,000-page block for
/// a few hundred pages more than it held, and the bot kept those megabytes for good. Blocks of 100
/// pages let the cache grow only by what a read holds at once (docs/benchmarks.md, "Scale and
/// memory"). The sizes are a static field inside LiteDB, read when an engine opens; where a
/// LiteDB version has no such field the cache keeps its own sizes.
/// </summary>
internal static class LitePageCache
{
    /// <summary>Pages per block, the last one repeated for every further block.</summary>
    private static readonly int[] Blocks = [12, 50, 100];

    private static int tuned;

    /// <summary>Once per process, before the first engine opens.</summary>
    public static void Tune()
    {
        if (Interlocked.Exchange(ref tuned, 1) == 1)
        {
            return;
        }

        var field = typeof(LiteDatabase).Assembly.GetType("LiteDB.Constants")?.GetField("MEMORY_SEGMENT_SIZES", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        if (field is { IsInitOnly: false, IsLiteral: false } && field.FieldType == typeof(int[]))
        {
            field.SetValue(null, Blocks.ToArray());
        }
    }
}
