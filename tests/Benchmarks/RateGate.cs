using System.Diagnostics;

namespace Benchmarks;

/// <summary>
/// Spaces updates evenly at a fixed rate over all users together, for the run below saturation. A user
/// still waits for the bot's answer before the next step, so the bot never has more than one update of a
/// person at a time, as with real people.
/// </summary>
internal sealed class RateGate(double perSecond)
{
    private readonly long start = Stopwatch.GetTimestamp();
    private long issued = -1;

    public double PerSecond => perSecond;

    public async Task WaitAsync()
    {
        var n = Interlocked.Increment(ref issued);
        var due = TimeSpan.FromSeconds(n / perSecond);
        var wait = due - Stopwatch.GetElapsedTime(start);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }
}
