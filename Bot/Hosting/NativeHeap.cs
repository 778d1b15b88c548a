using System.Runtime.InteropServices;

namespace Bot.Hosting;

/// <summary>
/// How the C library's allocator behaves for the native code the bot loads (Skia for charts, OpenSSL,
/// ICU). By default glibc gives threads up to eight arenas a core, each keeping what it freed, and
/// raises its mmap threshold after a large block is freed, so a chart's pixel buffer, once freed,
/// stays in the process's memory. Two arenas and a fixed threshold give large blocks back to the
/// system when freed (docs/benchmarks.md, "Scale and memory"). Elsewhere than glibc it does nothing.
/// </summary>
internal static class NativeHeap
{
    private const int ArenaMax = -8;
    private const int MmapThreshold = -3;

    private static int tuned;

    /// <summary>Once per process, before the host starts the threads that allocate.</summary>
    public static void Tune()
    {
        if (!OperatingSystem.IsLinux() || Interlocked.Exchange(ref tuned, 1) == 1)
        {
            return;
        }

        try
        {
            _ = Mallopt(ArenaMax, 2);
            _ = Mallopt(MmapThreshold, 128 * 1024);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl and other C libraries: their own defaults stay.
        }
    }

    // DllImport rather than LibraryImport: the bot compiles no unsafe code, and int arguments need no marshalling.
#pragma warning disable SYSLIB1054
    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Mallopt(int parameter, int value);
#pragma warning restore SYSLIB1054
}
