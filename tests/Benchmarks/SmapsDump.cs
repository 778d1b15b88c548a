using System.Globalization;
using System.Text;

namespace Benchmarks;

/// <summary>
/// Diagnostics: where the process's resident memory is (Linux /proc/self/smaps, grouped by mapping), appended to
/// the file BENCH_SMAPS names, so a peak can be split into the managed heap, native heaps, code and mapped files.
/// </summary>
internal static class SmapsDump
{
    public static void Write(string title)
    {
        if (Environment.GetEnvironmentVariable("BENCH_SMAPS") is not { Length: > 0 } path || !File.Exists("/proc/self/smaps"))
        {
            return;
        }

        var groups = new Dictionary<string, long>(StringComparer.Ordinal);
        string current = "?";
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-', StringComparison.Ordinal) && !fields[0].EndsWith(':'))
            {
                current = fields.Length >= 6 ? Path.GetFileName(fields[5]) : "[anon]";
            }
            else if (fields.Length >= 2 && fields[0] == "Rss:")
            {
                groups[current] = groups.GetValueOrDefault(current) + long.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }

        var status = File.ReadLines("/proc/self/status").Where(l => l.StartsWith("Vm", StringComparison.Ordinal) || l.StartsWith("Rss", StringComparison.Ordinal) || l.StartsWith("Threads", StringComparison.Ordinal));
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"== {title}: {string.Join("; ", status.Select(s => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))}");
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        text.AppendLine(CultureInfo.InvariantCulture, $"   GC heap {info.HeapSizeBytes / 1048576.0:0.0} MB, committed {info.TotalCommittedBytes / 1048576.0:0.0} MB, total memory {GC.GetTotalMemory(false) / 1048576.0:0.0} MB");
        foreach (var (name, kb) in groups.OrderByDescending(g => g.Value).Take(30))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{kb / 1024.0,8:0.0} MB  {name}");
        }

        File.AppendAllText(path, text.ToString());
        if (Environment.GetEnvironmentVariable("BENCH_SMAPS_PAUSE") is { Length: > 0 } pause)
        {
            // Time for a heap dump from outside (dotnet-gcdump -p, the id written beside the file).
            File.WriteAllText(path + ".pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + " " + title);
            Thread.Sleep(TimeSpan.FromSeconds(double.Parse(pause, CultureInfo.InvariantCulture)));
        }
    }
}
