using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text;

namespace Benchmarks;

/// <summary>
/// Diagnostics: the runtime's allocation ticks (one about every 100 KB allocated) grouped by type, in a
/// process that set BENCH_ALLOC_TRACE to a file path; written to that file by <see cref="Dump"/>.
/// </summary>
internal sealed class AllocationTrace : EventListener
{
    private readonly ConcurrentDictionary<string, long> bytes = new(StringComparer.Ordinal);
    private volatile bool on;

    public static AllocationTrace? Start() =>
        Environment.GetEnvironmentVariable("BENCH_ALLOC_TRACE") is { Length: > 0 } ? new AllocationTrace() : null;

    public void Begin()
    {
        bytes.Clear();
        on = true;
    }

    public void Dump(string title)
    {
        on = false;
        var path = Environment.GetEnvironmentVariable("BENCH_ALLOC_TRACE")!;
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"== {title}: total sampled {bytes.Values.Sum() / 1048576.0:0.0} MB");
        foreach (var (type, amount) in bytes.OrderByDescending(p => p.Value).Take(25))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{amount / 1048576.0,8:0.0} MB  {type}");
        }

        File.AppendAllText(path, text.ToString());
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null)
        {
            return;
        }

        var type = e.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? e.Payload![t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload![a], CultureInfo.InvariantCulture) : 100_000;
        bytes.AddOrUpdate(type, amount, (_, old) => old + amount);
    }
}
