using System.Globalization;

namespace Benchmarks;

/// <summary>Percentiles of latencies, nearest rank.</summary>
internal sealed record Distribution(int Count, double P50Ms, double P95Ms, double P99Ms, double MaxMs, double MeanMs)
{
    public static Distribution Of(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Select(v => v.TotalMilliseconds).Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Distribution(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Distribution(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1], sorted.Average());
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {P50Ms:0.0} ms, p95 {P95Ms:0.0} ms, p99 {P99Ms:0.0} ms, max {MaxMs:0.0} ms");
}

/// <summary>One phase of load: how many updates, how long from the first to the last answer, the latencies.</summary>
internal sealed record PhaseResult(
    string Name,
    int Users,
    int Updates,
    int Failed,
    double Seconds,
    double UpdatesPerSecond,
    Distribution FirstReply,
    Distribution Answered,
    string? FirstError)
{
    public static PhaseResult Of(string name, int users, IReadOnlyList<Sample> samples, int failed, string? firstError)
    {
        if (samples.Count == 0)
        {
            return new PhaseResult(name, users, 0, failed, 0, 0, Distribution.Of([]), Distribution.Of([]), firstError);
        }

        var start = samples.Min(s => s.Sent);
        var end = samples.Max(s => s.AnsweredAt);
        var seconds = (end - start).TotalSeconds;
        return new PhaseResult(
            name,
            users,
            samples.Count,
            failed,
            seconds,
            samples.Count / seconds,
            Distribution.Of(samples.Select(s => s.FirstReply)),
            Distribution.Of(samples.Select(s => s.Answered)),
            firstError);
    }

    /// <summary>Several phases together: updates over the sum of their durations (idle time between them left out).</summary>
    public static PhaseResult Combine(string name, IReadOnlyList<PhaseResult> phases, IReadOnlyList<Sample> samples)
    {
        var seconds = phases.Sum(p => p.Seconds);
        var updates = phases.Sum(p => p.Updates);
        return new PhaseResult(
            name,
            phases.Max(p => p.Users),
            updates,
            phases.Sum(p => p.Failed),
            seconds,
            seconds > 0 ? updates / seconds : 0,
            Distribution.Of(samples.Select(s => s.FirstReply)),
            Distribution.Of(samples.Select(s => s.Answered)),
            phases.Select(p => p.FirstError).FirstOrDefault(e => e is not null));
    }
}
