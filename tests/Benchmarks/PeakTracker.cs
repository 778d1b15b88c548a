using System.Globalization;

namespace Benchmarks;

/// <summary>
/// The kernel's high-water mark of this process's resident memory (VmHWM), which Linux resets to the
/// current resident size when "5" is written to /proc/self/clear_refs: so one step's own peak can be
/// read in a process that already ran others.
/// </summary>
internal static class PeakTracker
{
    private const double Mb = 1024 * 1024;

    /// <summary>Collects garbage, then resets the high-water mark; false where the kernel does not allow it.</summary>
    public static bool Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The high-water mark since the last reset, in MB.</summary>
    public static double Peak() => Field("VmHWM:");

    /// <summary>The resident size now, in MB.</summary>
    public static double Resident() => Field("VmRSS:");

    private static double Field(string name)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024 / Mb;
    }
}
