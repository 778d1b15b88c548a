using System.Diagnostics;

namespace Benchmarks;

/// <summary>
/// What the process used: working set (the kernel's peak, and sampled), managed heap, GC and CPU; and the CPU
/// that other processes of the machine used meanwhile (in cores, 0 on a quiet machine).
/// </summary>
internal sealed record MemoryReport(
    double PeakWorkingSetMb,
    double SampledPeakWorkingSetMb,
    double PeakManagedHeapMb,
    double HeapAfterLastGcMb,
    double CommittedAfterLastGcMb,
    double AllocatedMb,
    int Gen0,
    int Gen1,
    int Gen2,
    double GcPauseMs,
    double CpuSeconds,
    double WallSeconds,
    double OtherProcessesCores)
{
    /// <summary>CPU time over wall time, in cores (this machine has Environment.ProcessorCount of them).</summary>
    public double CoresUsed => WallSeconds > 0 ? CpuSeconds / WallSeconds : 0;
}

/// <summary>
/// Samples the working set and the managed heap every 10 ms on its own thread, for peaks that the
/// process-wide counters do not keep (the kernel keeps only the working set's peak).
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private const double Mb = 1024 * 1024;

    private readonly Thread thread;
    private readonly long startedAt = Stopwatch.GetTimestamp();
    private readonly TimeSpan startCpu;
    private readonly double startMachineBusy = MachineBusySeconds();
    private volatile bool stopped;
    private long maxWorkingSet;
    private long maxHeap;

    public MemorySampler()
    {
        using (var self = Process.GetCurrentProcess())
        {
            startCpu = self.TotalProcessorTime;
        }

        thread = new Thread(Loop) { IsBackground = true, Name = "memory sampler" };
        thread.Start();
    }

    public MemoryReport Report()
    {
        Sample();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var cpu = (self.TotalProcessorTime - startCpu).TotalSeconds;
        var wall = Stopwatch.GetElapsedTime(startedAt).TotalSeconds;
        var others = Math.Max(0, MachineBusySeconds() - startMachineBusy - cpu);
        return new MemoryReport(
            self.PeakWorkingSet64 / Mb,
            Interlocked.Read(ref maxWorkingSet) / Mb,
            Interlocked.Read(ref maxHeap) / Mb,
            info.HeapSizeBytes / Mb,
            info.TotalCommittedBytes / Mb,
            GC.GetTotalAllocatedBytes() / Mb,
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration().TotalMilliseconds,
            cpu,
            wall,
            wall > 0 ? others / wall : 0);
    }

    public void Dispose()
    {
        stopped = true;
        thread.Join();
    }

    /// <summary>
    /// CPU time all processes of the machine used since boot (/proc/stat), so a run can tell how much of the
    /// machine other programs took meanwhile: on a shared machine that makes numbers incomparable.
    /// </summary>
    public static double MachineBusySeconds()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // cpu user nice system idle iowait irq softirq steal ...: busy is all but idle and iowait.
            var ticks = fields.Skip(1).Take(8).Select(f => long.Parse(f, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            return (ticks.Sum() - ticks[3] - ticks[4]) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private void Loop()
    {
        while (!stopped)
        {
            Sample();
            Thread.Sleep(10);
        }
    }

    private void Sample()
    {
        Max(ref maxWorkingSet, Environment.WorkingSet);
        Max(ref maxHeap, GC.GetTotalMemory(forceFullCollection: false));
    }

    private static void Max(ref long location, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref location)) && Interlocked.CompareExchange(ref location, value, current) != current)
        {
        }
    }
}
