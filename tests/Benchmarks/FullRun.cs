using System.Diagnostics;
using System.Globalization;

namespace Benchmarks;

/// <summary>The default command, "all": every part, each in a fresh process, and the Markdown report of docs/benchmarks.md.</summary>
internal static class FullRun
{
    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var clock = Stopwatch.StartNew();
        var common = new List<string> { "--users", Str(options.Users), "--warmup", Str(options.Warmup) };
        var saturated = await ChildAsync<PipelineResult>(["pipeline", .. common], options.Attempts, r => r.Memory.OtherProcessesCores);
        PipelineResult? paced = null;
        if (options.PacedFraction > 0)
        {
            // As many users as keep the paced run to about a minute: enough updates for a p99, not ten minutes.
            var rate = Math.Max(1, Math.Round(saturated.Total.UpdatesPerSecond * options.PacedFraction));
            var users = (int)Math.Clamp(rate * 60 / (Scripts.RegistrationUpdates + Scripts.RsvpUpdates), 100, options.Users);
            paced = await ChildAsync<PipelineResult>(["pipeline", "--users", Str(users), "--warmup", Str(options.Warmup), "--rate", Str(rate)], options.Attempts, r => r.Memory.OtherProcessesCores);
        }

        PipelineResult? echo = null;
        if (!options.NoEcho)
        {
            echo = await ChildAsync<PipelineResult>(["echo", .. common, "--parallel", Str(options.Parallel)], options.Attempts, r => r.Memory.OtherProcessesCores);
        }

        var scale = new List<ScaleResult>();
        foreach (var members in options.NoScale ? [] : options.Members)
        {
            scale.Add(await ChildAsync<ScaleResult>(["scale", "--members", Str(members)], options.Attempts, r => r.Bot.OtherProcessesCores));
        }

        var invocation = "dotnet run -c Release --project tests/Benchmarks" + (options.Raw.Count > 0 ? " -- " + string.Join(' ', options.Raw) : string.Empty);
        var markdown = Report.Markdown(new RunReport(invocation, saturated, paced, echo, scale, clock.Elapsed));
        Console.WriteLine(markdown);
        if (options.Out is { } path)
        {
            await File.WriteAllTextAsync(path, markdown);
            await Console.Error.WriteLineAsync($"Written to {path}");
        }

        return 0;
    }

    // Runs a part in a fresh process. With --attempts K, a part during which other programs took more than
    // 0.15 cores is run again, up to K times, and the least disturbed run is kept.
    private static async Task<T> ChildAsync<T>(IReadOnlyList<string> args, int attempts, Func<T, double> othersCores)
    {
        T? best = default;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            await WaitForQuietMachineAsync(TimeSpan.FromMinutes(2));
            PipelineBenchmark.Progress($"child process: {string.Join(' ', args)}{(attempt > 1 ? $" (attempt {attempt})" : string.Empty)}");
            using var child = SelfProcess.Start(args);
            var result = await child.ReadJsonAsync<T>("RESULT", TimeSpan.FromMinutes(15));
            await child.WaitForExitAsync(TimeSpan.FromMinutes(1));
            if (best is null || othersCores(result) < othersCores(best))
            {
                best = result;
            }

            if (othersCores(best) < 0.15)
            {
                break;
            }

            PipelineBenchmark.Progress(string.Create(CultureInfo.InvariantCulture, $"other programs took {othersCores(result):0.00} cores during that run"));
        }

        return best!;
    }

    // Other programs on a shared machine (a test run, a build) take the same two cores: wait until they are done,
    // for at most `limit`. What others used during each part is in the report either way.
    private static async Task WaitForQuietMachineAsync(TimeSpan limit)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var before = MemorySampler.MachineBusySeconds();
            await Task.Delay(TimeSpan.FromSeconds(2));
            var busy = (MemorySampler.MachineBusySeconds() - before) / 2;
            if (busy < 0.25 || waited.Elapsed > limit)
            {
                if (busy >= 0.25)
                {
                    PipelineBenchmark.Progress(string.Create(CultureInfo.InvariantCulture, $"other programs still use {busy:0.0} cores; measuring anyway"));
                }

                return;
            }

            PipelineBenchmark.Progress(string.Create(CultureInfo.InvariantCulture, $"other programs use {busy:0.0} cores; waiting for a quiet machine"));
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }

    private static string Str(double value) => value.ToString(CultureInfo.InvariantCulture);
}
