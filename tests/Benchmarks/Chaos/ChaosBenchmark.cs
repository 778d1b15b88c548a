using System.Globalization;

namespace Benchmarks.Chaos;

/// <summary>
/// The long chaos run of docs/benchmarks.md:
/// <c>chaos [--users N] [--rate R] [--kills K] [--seed S]</c> (defaults 600 people at 60 updates/s,
/// at least 12 kills). Prints the result and exits 1 when a promise was broken.
/// </summary>
internal static class ChaosBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var people = Int(args, "--users", 600);
        var kills = Int(args, "--kills", 12);
        var options = new ChaosOptions(
            People: people,
            UpdatesPerSecond: double.Parse(Arg(args, "--rate") ?? "60", CultureInfo.InvariantCulture),
            MinKills: kills,
            MaxKills: kills + 4,
            KillEvery: (TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10)),
            Broadcasts: 3,
            ParallelSends: 8,
            StepTimeout: TimeSpan.FromMinutes(3),
            Seed: Int(args, "--seed", Environment.TickCount));
        var result = await ChaosRun.RunAsync(options, PipelineBenchmark.Progress);
        Console.WriteLine($"chaos seed={options.Seed}: {result.Summary()}");
        SelfProcess.Write("RESULT", result);
        return result.Passed && result.Kills >= options.MinKills ? 0 : 1;
    }

    private static int Int(string[] args, string name, int fallback) =>
        Arg(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string? Arg(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
