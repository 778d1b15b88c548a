using System.Reflection;
using Bot.Hosting;
using Bot.Storage;
using Bot.Tests.Support;
using LiteDB;

namespace Bot.Tests.Storage;

/// <summary>
/// The page cache grows in small blocks once the bot opened its file: the sizes live in a static
/// field inside LiteDB, so a LiteDB version without it must fail here rather than silently bring
/// back the 8 MB blocks (docs/benchmarks.md, "Scale and memory").
/// </summary>
public sealed class LitePageCacheTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Opening_the_file_makes_the_cache_grow_by_small_blocks()
    {
        using var database = new Database(folder.DatabasePath, StoredEntities.Types);

        var field = typeof(LiteDatabase).Assembly.GetType("LiteDB.Constants")?.GetField("MEMORY_SEGMENT_SIZES", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        var sizes = Assert.IsType<int[]>(field?.GetValue(null));
        Assert.True(sizes.Max() <= 100, $"LiteDB grows its cache by {string.Join(", ", sizes)} pages.");
    }
}
