using System.Globalization;
using Benchmarks;

// The benchmark program of docs/benchmarks.md. From the repository root:
//   dotnet run -c Release --project tests/Benchmarks                 every part, default sizes (about 5 minutes)
//   dotnet run -c Release --project tests/Benchmarks -- --users 500  fewer simulated users
//   ... -- --attempts 3      on a shared machine: repeat a part disturbed by other programs, keep the quietest
//   ... -- --out FILE        also write the Markdown report to FILE
// Parts alone (each prints its table to standard error and a RESULT line to standard output):
//   pipeline [--users N] [--rate R] [--warmup W] [--trace K] [--samples FILE]
//                                                                part 1; --rate paces all users together,
//                                                                --samples writes every update's latency as CSV
//   echo [--users N] [--rate R] [--parallel P]                   part 2
//   scale [--members M]   (or: scale M)                          part 3, the bot in a child process
//         [--xlsx hand,miniexcel,...]                            the XLSX writer of each run, one run per name, in order
//   broadcast --limit L --recipients N [--paid] [--progress T]   part 4 (issue 5)
//   storage [--updates N] [--parallel P]                         the storage work alone (StorageFloor.cs)
//   chaos [--users N] [--rate R] [--kills K] [--seed S]          the bot killed with SIGKILL under load (Chaos/)
//   erasure [N]                                                  one erasure on a file of N rows per log (ErasureBenchmark.cs)
//   erasure-pending [N] [cancel|other]                           one erasure with N messages of a notice naming the person waiting (ErasurePendingBenchmark.cs)
//   backup-stall [--members M] [--rate R]                        updates stalled by a backup (BackupStallBenchmark.cs)
//   campaign [--members M] [--seconds S]                         M members answer a campaign with a link, at once and over S s (CampaignBenchmark.cs)
//   reports [--units U] [--pages P] [--runs K]                   a round's summary, XLSX, CSV, chart and DOCX (ReportsBenchmark.cs)
//           [--only xlsx,csv,chart,docx] [--per-part]            only those outputs; each output's own peak (PeakTracker.cs)
//           [--save DIR]                                         the last run's files written to DIR, to compare builds
//           [--in-bot [--members M]]                             in a started bot's own process, as the export's peak (ReportsInBot.cs)
BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    await Console.Error.WriteLineAsync($"{ex.Message} See the comment at the top of tests/Benchmarks/Program.cs for the options.");
    return 2;
}

var command = options.Command;
try
{
    switch (command)
    {
        case "all":
            return await FullRun.RunAsync(options);
        case "pipeline":
        case "echo":
        {
            var echo = command == "echo";
            var result = await PipelineBenchmark.RunAsync(echo, options.Users, options.Rate, options.Warmup, options.Parallel, options.Trace, options.Samples);
            await Console.Error.WriteLineAsync(Report.Pipeline(result));
            SelfProcess.Write("RESULT", result);
            return 0;
        }

        case "scale":
        {
            foreach (var xlsx in options.Xlsx)
            {
                var result = await ScaleBenchmark.RunAsync(options.Members[0], xlsx);
                await Console.Error.WriteLineAsync($"XLSX writer: {xlsx}\n" + Report.Scale(result));
                SelfProcess.Write("RESULT", result);
            }

            return 0;
        }

        case "broadcast":
        {
            // Issue 5: broadcast --limit L --recipients N [--paid] [--progress 00:00:03]
            var limit = int.Parse(Arg(args, "--limit") ?? "1000", CultureInfo.InvariantCulture);
            var recipients = int.Parse(Arg(args, "--recipients") ?? "10000", CultureInfo.InvariantCulture);
            var progress = Arg(args, "--progress") ?? "00:00:03";
            var result = await BroadcastBenchmark.RunAsync(limit, recipients, args.Contains("--paid"), progress);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"broadcast limit={result.Limit}/s paid={result.Paid} recipients={result.Recipients}: {result.Seconds:0.0} s, achieved {result.AchievedPerSecond:0.0}/s ({100 * result.AchievedPerSecond / result.Limit:0.0}% of the limit), max in any second {result.MaxInAnySecond}, 429s {result.TooManyRequests}, duplicates {result.Duplicates}, missing {result.Missing}, peak working set {result.PeakWorkingSetBytes / 1048576.0:0} MB"));
            return 0;
        }

        case "erasure":
        {
            // erasure [N]: one erasure's scan and checkpoint on a file with N rows in each of outbox, inbox and audit.
            var rows = int.Parse(options.Positional.FirstOrDefault() ?? "50000", CultureInfo.InvariantCulture);
            var r = ErasureBenchmark.Run(rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"erasure rows={r.Rows} (file {r.FileBytes / 1048576.0:0.0} MB): in the turn's transaction {r.ScrubMs:0} ms; background pass and checkpoint {r.FinishMs:0} ms, longest wait of a commit meanwhile {r.LongestStepMs:0} ms"));
            return 0;
        }

        case "erasure-pending":
        {
            var (pending, scrubMs, rewritten) = ErasurePendingBenchmark.Run(
                int.Parse(options.Positional.FirstOrDefault() ?? "5000", CultureInfo.InvariantCulture), rewrite: !options.Positional.Contains("cancel"), naming: !options.Positional.Contains("other"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"erasure-pending pending={pending}: in the turn's transaction {scrubMs:0} ms, {rewritten} messages rewritten"));
            return 0;
        }

        case "storage":
        {
            // storage [--updates N] [--parallel P]: the storage work of N updates alone (StorageFloor).
            var updates = int.Parse(Arg(args, "--updates") ?? "20000", CultureInfo.InvariantCulture);
            var parallel = int.Parse(Arg(args, "--parallel") ?? "8", CultureInfo.InvariantCulture);
            var r = await StorageFloor.RunAsync(updates, parallel);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"storage updates={r.Updates} parallel={r.Parallel}: {r.Seconds:0.0} s, {r.UpdatesPerSecond:0} updates/s, CPU {r.CpuMsPerUpdate:0.000} ms per update, allocated {r.AllocatedKbPerUpdate:0} KB per update, gen0 {r.Gen0}, GC pauses {r.GcPauseMs:0} ms"));
            return 0;
        }

        case "reports":
            // reports [--units 200] [--pages 3] [--runs 3] [--only xlsx,csv,chart,docx] [--per-part]: the round's outputs.
            if (args.Contains("--in-bot"))
            {
                Console.WriteLine(await ReportsInBot.RunAsync(
                    int.Parse(Arg(args, "--members") ?? "10000", CultureInfo.InvariantCulture),
                    int.Parse(Arg(args, "--units") ?? "200", CultureInfo.InvariantCulture),
                    int.Parse(Arg(args, "--pages") ?? "3", CultureInfo.InvariantCulture),
                    int.Parse(Arg(args, "--runs") ?? "3", CultureInfo.InvariantCulture),
                    Arg(args, "--only"),
                    args.Contains("--per-part")));
                return 0;
            }

            Console.WriteLine(ReportsBenchmark.Run(
                int.Parse(Arg(args, "--units") ?? "200", CultureInfo.InvariantCulture),
                int.Parse(Arg(args, "--pages") ?? "3", CultureInfo.InvariantCulture),
                int.Parse(Arg(args, "--runs") ?? "3", CultureInfo.InvariantCulture),
                Arg(args, "--only"),
                args.Contains("--per-part"),
                Arg(args, "--save")));
            return 0;
        case "chaos":
            return await Benchmarks.Chaos.ChaosBenchmark.RunAsync(args);

        case "backup-stall":
        {
            // backup-stall [--members 50000] [--rate 100]: the longest stall of updates while a backup runs.
            var members = int.Parse(Arg(args, "--members") ?? "50000", CultureInfo.InvariantCulture);
            var rate = double.Parse(Arg(args, "--rate") ?? "100", CultureInfo.InvariantCulture);
            var r = await BackupStallBenchmark.RunAsync(members, rate);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"backup-stall members={r.Members} file={r.DatabaseMb:0.0} MB rate={r.Rate}/s"));
            foreach (var w in new[] { r.Quiet, r.Documents, r.Frozen })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {w.Method,-12} {w.Seconds,6:0.00} s: longest update {w.LongestUpdateMs,7:0} ms, p99 {w.P99UpdateMs,7:0} ms, longest time without an update finishing {w.LongestGapMs,7:0} ms ({w.Updates} updates)"));
            }

            return 0;
        }

        case "campaign":
        {
            var members = int.Parse(Arg(args, "--members") ?? "2000", CultureInfo.InvariantCulture);
            var seconds = double.Parse(Arg(args, "--seconds") ?? "60", CultureInfo.InvariantCulture);
            var r = await CampaignBenchmark.RunAsync(members, TimeSpan.FromSeconds(seconds));
            Console.WriteLine(CampaignBenchmark.Report(r));
            return 0;
        }

        case "pipeline-bot":
            return await PipelineBot.RunAsync(options.Positional);

        case "reports-bot":
            return await ReportsInBot.RunBotAsync(options.Positional[0], options.Positional[1], options.Positional[2], int.Parse(options.Positional[3], CultureInfo.InvariantCulture), int.Parse(options.Positional[4], CultureInfo.InvariantCulture), int.Parse(options.Positional[5], CultureInfo.InvariantCulture), options.Positional[6], options.Positional[7] == "per-part");
        case "scale-bot":
            return await ScaleBenchmark.RunBotAsync(options.Positional[0], options.Positional[1], options.Positional[2], options.Positional.ElementAtOrDefault(3) ?? ScaleBenchmark.HandWritten);
        default:
            await Console.Error.WriteLineAsync($"Unknown command '{command}'. Commands: all (default), pipeline, echo, scale.");
            return 2;
    }
}
catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
{
    await Console.Error.WriteLineAsync($"{command} failed: {ex}");
    return 1;
}

static string? Arg(string[] all, string name)
{
    var at = Array.IndexOf(all, name);
    return at >= 0 && at + 1 < all.Length ? all[at + 1] : null;
}
