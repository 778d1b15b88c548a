using System.Globalization;
using FakeTelegram;

namespace Benchmarks;

/// <summary>
/// "reports --in-bot": the round's outputs built inside the bot's own process, measured as the
/// export's peak is (docs/benchmarks.md, Scale and memory): a database of M members, the bot started
/// in a fresh process of its own against the fake Bot API, and its peak working set read there. The
/// outputs are built by the same classes the bot's handler calls, while the bot polls.
/// </summary>
internal static class ReportsInBot
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task<string> RunAsync(int members, int units, int pages, int runs, string? only, bool perPart)
    {
        var folder = Directory.CreateTempSubdirectory("bot-bench-reports-");
        try
        {
            var databasePath = Path.Combine(folder.FullName, "bot.db");
            ScaleBenchmark.Seed(databasePath, members);
            await using var fake = await FakeBotApi.StartAsync();
            using var bot = SelfProcess.Start(["reports-bot", databasePath, fake.BaseUrl, fake.Token, Text(units), Text(pages), Text(runs), only ?? "xlsx,csv,chart,docx", perPart ? "per-part" : "together"]);
            await PipelineBenchmark.WaitForFirstPollAsync(fake);
            var afterStart = await bot.ReadJsonAsync<MemoryReport>("STARTED", Timeout);
            await bot.SendAsync("build");
            var reports = await bot.ReadJsonAsync<string>("REPORTS", Timeout);
            var end = await bot.ReadJsonAsync<MemoryReport>("REPORT", Timeout);
            await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));
            return string.Create(CultureInfo.InvariantCulture, $"in the bot's process, {members} members: {reports}; the bot's peak working set after start-up {afterStart.PeakWorkingSetMb:0} MB (peak managed heap {afterStart.PeakManagedHeapMb:0} MB), at the end {end.PeakWorkingSetMb:0} MB (peak managed heap {end.PeakManagedHeapMb:0} MB)");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The child process: the bot started as in "scale", then the outputs built in it.</summary>
    public static async Task<int> RunBotAsync(string databasePath, string baseUrl, string token, int units, int pages, int runs, string only, bool perPart)
    {
        using var sampler = new MemorySampler();
        using var host = BenchHost.Build(token, baseUrl, databasePath, new WarningLog(), null);
        await host.StartAsync();
        SelfProcess.Write("STARTED", sampler.Report());
        // Built once the parent saw the bot poll, as an organizer's request would come.
        _ = await SelfProcess.ReadCommandAsync();
        using var trace = AllocationTrace.Start();
        if (trace is not null)
        {
            foreach (var (name, step) in new (string, Func<Task>)[]
            {
                ("retention sweep", () => { host.Service<Bot.Storage.RetentionSweep>().RunOnce(DateTimeOffset.UtcNow); return Task.CompletedTask; }),
                ("housekeeping", () => { host.Service<Bot.Storage.Housekeeping>().RunOnce(); return Task.CompletedTask; }),
                ("reminders", () => { host.Service<Bot.Pipeline.ReminderScheduler>().RunOnce(); return Task.CompletedTask; }),
                ("broadcast monitor", () => host.Service<Bot.Delivery.BroadcastMonitor>().RunOnceAsync(default)),
                ("erasure finisher", () => host.Service<Bot.Storage.ErasureFinisher>().RunOnceAsync()),
                ("recovery marks", () => host.Service<Bot.Storage.RecoveryMarker>().MoveAsync()),
            })
            {
                for (var i = 0; i < 2; i++)
                {
                    var before = GC.GetTotalAllocatedBytes(precise: true);
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    await step();
                    File.AppendAllText(Environment.GetEnvironmentVariable("BENCH_ALLOC_TRACE")!, string.Create(CultureInfo.InvariantCulture, $"{name} once: {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0:0.00} MB in {watch.ElapsedMilliseconds} ms\n"));
                }
            }

            var idle = int.Parse(Environment.GetEnvironmentVariable("BENCH_IDLE_SECONDS") ?? "10", CultureInfo.InvariantCulture);
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var gen0 = GC.CollectionCount(0);
            trace.Begin();
            await Task.Delay(TimeSpan.FromSeconds(idle));
            trace.Dump(string.Create(CultureInfo.InvariantCulture, $"idle {idle} s: allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:0.0} MB, gen0 {GC.CollectionCount(0) - gen0}"));
            allocated = GC.GetTotalAllocatedBytes(precise: true);
            gen0 = GC.CollectionCount(0);
            trace.Begin();
            var built = ReportsBenchmark.Run(units, pages, runs, only, perPart);
            trace.Dump(string.Create(CultureInfo.InvariantCulture, $"build: allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:0.0} MB, gen0 {GC.CollectionCount(0) - gen0}"));
            SelfProcess.Write("REPORTS", built);
        }
        else
        {
            SelfProcess.Write("REPORTS", ReportsBenchmark.Run(units, pages, runs, only, perPart));
        }
        await host.StopAsync();
        SelfProcess.Write("REPORT", sampler.Report());
        return 0;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
