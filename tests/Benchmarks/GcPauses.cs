using System.Diagnostics.Tracing;

namespace Benchmarks;

/// <summary>
/// Records when the runtime stopped every thread for a garbage collection (from suspending to restarting
/// them), so slow updates can be checked against the pauses they overlapped.
/// </summary>
internal sealed class GcPauses : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly Lock gate = new();
    private readonly List<(DateTime Start, DateTime End)> pauses = [];
    private DateTime? suspended;

    public IReadOnlyList<(DateTime Start, DateTime End)> Pauses
    {
        get
        {
            lock (gate)
            {
                return pauses.ToArray();
            }
        }
    }

    /// <summary>How many of the samples slower than <paramref name="threshold"/> overlapped one of the pauses.</summary>
    public static (int Slow, int DuringGc) Explain(IEnumerable<Sample> samples, TimeSpan threshold, IReadOnlyList<(DateTime Start, DateTime End)> all)
    {
        var slow = 0;
        var duringGc = 0;
        foreach (var sample in samples.Where(s => s.Answered > threshold))
        {
            slow++;
            var start = sample.Sent.UtcDateTime;
            var end = sample.AnsweredAt.UtcDateTime;
            if (all.Any(p => p.Start < end && p.End > start))
            {
                duringGc++;
            }
        }

        return (slow, duringGc);
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        switch (eventData.EventName)
        {
            case "GCSuspendEEBegin_V1":
                lock (gate)
                {
                    suspended = eventData.TimeStamp.ToUniversalTime();
                }

                break;
            case "GCRestartEEEnd_V1":
                lock (gate)
                {
                    if (suspended is { } start)
                    {
                        pauses.Add((start, eventData.TimeStamp.ToUniversalTime()));
                        suspended = null;
                    }
                }

                break;
        }
    }
}
