using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Benchmarks;

/// <summary>Everything one default run measured.</summary>
internal sealed record RunReport(
    string Command,
    PipelineResult? Saturated,
    PipelineResult? Paced,
    PipelineResult? Echo,
    IReadOnlyList<ScaleResult> Scale,
    TimeSpan Elapsed);

/// <summary>The run as Markdown, in the shape of docs/benchmarks.md: one table per part, then the targets.</summary>
internal static class Report
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Markdown(RunReport run)
    {
        var md = new StringBuilder();
        Line(md, $"### Run of {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}, commit `{Commit()}`");
        md.AppendLine();
        Line(md, $"- Machine: {Environment.ProcessorCount} cores ({CpuModel()}), {TotalMemoryGb():0.#} GB RAM, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Release build, workstation GC");
        Line(md, $"- Command: `{run.Command}` ({run.Elapsed.TotalMinutes:0.0} min)");
        md.AppendLine();
        if (run.Saturated is { } bot)
        {
            Pipeline(md, bot, run.Paced, run.Echo);
        }

        if (run.Scale.Count > 0)
        {
            Scale(md, run.Scale);
        }

        Targets(md, run);
        return md.ToString();
    }

    public static string Pipeline(PipelineResult result)
    {
        var md = new StringBuilder();
        Pipeline(md, result, null, null);
        return md.ToString();
    }

    public static string Scale(ScaleResult result)
    {
        var md = new StringBuilder();
        Scale(md, [result]);
        return md.ToString();
    }

    private static void Pipeline(StringBuilder md, PipelineResult bot, PipelineResult? paced, PipelineResult? echo)
    {
        Line(md, $"#### 1–2. Pipeline and echo ceiling ({bot.Users:N0} users, each 7 registration updates then 2 RSVP updates)");
        md.AppendLine();
        var runs = new List<(string Name, PipelineResult Result)> { ($"{bot.Mode}, {(bot.PacedRate is { } rate ? string.Create(Inv, $"paced at {rate:0}/s") : "all at once")}", bot) };
        if (paced is not null)
        {
            runs.Add((string.Create(Inv, $"bot, paced at {paced.PacedRate:0}/s ({paced.Users:N0} users)"), paced));
        }

        if (echo is not null)
        {
            runs.Add(("echo, all at once", echo));
        }

        md.AppendLine("| run | phase | updates | failed | seconds | updates/s | answered p50 / p95 / p99 / max (ms) | first reply p50 / p99 (ms) |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---|---|");
        foreach (var (name, result) in runs)
        {
            foreach (var phase in new[] { result.Registration, result.Rsvp, result.Total })
            {
                Line(md, $"| {name} | {phase.Name} | {phase.Updates:N0} | {phase.Failed} | {phase.Seconds:0.0} | **{phase.UpdatesPerSecond:N0}** | {phase.Answered.P50Ms:0.0} / {phase.Answered.P95Ms:0.0} / **{phase.Answered.P99Ms:0.0}** / {phase.Answered.MaxMs:0} | {phase.FirstReply.P50Ms:0.0} / {phase.FirstReply.P99Ms:0.0} |");
            }
        }

        md.AppendLine();
        md.AppendLine("| run | messages to users | other messages | callbacks answered | stored (inbox rows, unhandled; outbox sent, not sent; members; attending) | LiteDB files | peak working set (bot process) | peak managed heap | GC gen0/1/2, pause (bot process) | CPU (bot process / fake and users / others) |");
        md.AppendLine("|---|---:|---:|---:|---|---:|---:|---:|---|---:|");
        foreach (var (name, r) in runs)
        {
            var stored = r.Stored is { } s
                ? string.Create(Inv, $"{s.InboxRows:N0}, {s.InboxUnhandled}; {s.OutboxSent:N0}, {s.OutboxNotSent} (+{s.OutboxToConsole:N0} to console); {s.Members:N0}; {s.Answers:N0}")
                : "–";
            var m = r.Memory;
            Line(md, $"| {name} | {r.MessagesToUsers:N0} | {r.MessagesToOthers:N0} | {r.AnsweredCallbacks:N0} | {stored} | {(r.Stored is null ? "–" : string.Create(Inv, $"{r.DatabaseMb:0.0} MB"))} | {m.PeakWorkingSetMb:0} MB | {m.PeakManagedHeapMb:0} MB | {m.Gen0}/{m.Gen1}/{m.Gen2}, {m.GcPauseMs:0} ms | {m.CoresUsed:0.00} / {r.LoadGenerator.CoresUsed:0.00} / {m.OtherProcessesCores:0.00} cores |");
        }

        md.AppendLine();
        if (echo is not null)
        {
            Line(md, $"Ratio pipeline / echo (updates/s, all at once): **{bot.Total.UpdatesPerSecond / echo.Total.UpdatesPerSecond:0.00}**.");
            md.AppendLine();
        }

        foreach (var (name, r) in runs)
        {
            Line(md, $"Slow updates ({name}): {r.Slow.Over50Ms:N0} of {r.Total.Updates:N0} answered in more than 50 ms, {r.Slow.DuringGcPause:N0} of them overlapped one of the {r.Slow.GcPauses:N0} garbage-collection pauses of the bot's or the load generator's process (longest {r.Slow.LongestGcPauseMs:0} ms).");
        }

        md.AppendLine();
        foreach (var (name, r) in runs.Where(x => x.Result.Warnings.Count > 0))
        {
            Line(md, $"Warnings ({name}): {string.Join("; ", r.Warnings.Take(5))}");
            md.AppendLine();
        }
    }

    private static void Scale(StringBuilder md, IReadOnlyList<ScaleResult> results)
    {
        md.AppendLine("#### 3. Scale (the bot alone in a fresh process)");
        md.AppendLine();
        md.AppendLine("| members | answers | LiteDB file | seeding | host start → first poll | process launch → first poll | peak working set (bot process) | peak after start-up / after /thongke | peak managed heap | /thongke cold / warm | /xuatds cold / warm (XLSX+CSV size) | other processes' CPU |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|");
        foreach (var r in results)
        {
            Line(md, $"| {r.Members:N0} | {r.Answers:N0} | {r.DatabaseMb:0.0} MB | {r.SeedSeconds:0.0} s | {r.HostStartToFirstPollMs:N0} ms | **{r.ProcessStartToFirstPollMs:N0} ms** | **{r.Bot.PeakWorkingSetMb:0} MB** | {r.AfterStart.PeakWorkingSetMb:0} / {r.AfterStats.PeakWorkingSetMb:0} MB | {r.Bot.PeakManagedHeapMb:0} MB | {r.StatsCold.Ms:N0} / {r.StatsWarm.Ms:N0} ms | {r.ExportCold.Ms:N0} / {r.ExportWarm.Ms:N0} ms ({r.ExportCold.Bytes / 1024.0:N0} KB) | {r.Bot.OtherProcessesCores:0.00} cores |");
        }

        md.AppendLine();
        foreach (var r in results.Where(x => x.Warnings.Count > 0))
        {
            Line(md, $"Warnings ({r.Members:N0} members): {string.Join("; ", r.Warnings.Take(5))}");
            md.AppendLine();
        }
    }

    private static void Targets(StringBuilder md, RunReport run)
    {
        md.AppendLine("#### Targets");
        md.AppendLine();
        md.AppendLine("| target | measured | met |");
        md.AppendLine("|---|---|---|");
        if (run.Saturated is { } bot)
        {
            var durable = bot.Stored?.Complete(bot.Users, bot.Total.Updates) == true && bot.Total.Failed == 0;
            Row(md, "pipeline ≥ 1,000 updates/s, every update stored and answered",
                string.Create(Inv, $"{bot.Total.UpdatesPerSecond:N0} updates/s; {(durable ? "all stored, handled and answered" : "NOT all stored/answered")}"),
                bot.Total.UpdatesPerSecond >= 1000 && durable);
        }

        if (run.Paced is { } paced)
        {
            Row(md, "p99 < 50 ms below saturation",
                string.Create(Inv, $"p99 {paced.Total.Answered.P99Ms:0.0} ms (whole answer), {paced.Total.FirstReply.P99Ms:0.0} ms (first reply), at {paced.PacedRate:0} updates/s"),
                paced.Total.Answered.P99Ms < 50);
        }

        if (run.Saturated is { } b && run.Echo is { } echo)
        {
            var ratio = b.Total.UpdatesPerSecond / echo.Total.UpdatesPerSecond;
            Row(md, "pipeline / echo ≥ 0.5", string.Create(Inv, $"{ratio:0.00} ({b.Total.UpdatesPerSecond:N0} / {echo.Total.UpdatesPerSecond:N0})"), ratio >= 0.5);
        }

        if (run.Scale.FirstOrDefault(s => s.Members == 10_000) is { } ten)
        {
            Row(md, "peak working set < 150 MB with 10,000 members", string.Create(Inv, $"{ten.Bot.PeakWorkingSetMb:0} MB"), ten.Bot.PeakWorkingSetMb < 150);
            Row(md, "start-up < 2 s with 10,000 members",
                string.Create(Inv, $"{ten.ProcessStartToFirstPollMs:N0} ms from process launch ({ten.HostStartToFirstPollMs:N0} ms from host start)"),
                ten.ProcessStartToFirstPollMs < 2000);
        }

        md.AppendLine();
    }

    private static void Row(StringBuilder md, string target, string measured, bool met) =>
        md.AppendLine(CultureInfo.InvariantCulture, $"| {target} | {measured} | {(met ? "met" : "**missed**")} |");

    private static void Line(StringBuilder md, FormattableString text) => md.AppendLine(text.ToString(Inv));

    private static string Commit()
    {
        var head = Git("rev-parse --short HEAD") ?? "unknown";
        // The benchmark itself and its line in Bot.sln do not change what is measured.
        var dirty = Git("status --porcelain --untracked-files=no -- :/ :(top,exclude)Bot.sln :(top,exclude)tests/Benchmarks");
        return string.IsNullOrWhiteSpace(dirty) ? head : head + " + uncommitted changes";
    }

    private static string? Git(string args)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", args)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = AppContext.BaseDirectory,
            });
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    private static double TotalMemoryGb() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
}
