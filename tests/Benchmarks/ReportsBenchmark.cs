using System.Diagnostics;
using System.Globalization;
using Bot.Files;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Reports;

namespace Benchmarks;

/// <summary>
/// "reports": the round's outputs for many units in this process: the summary, the XLSX and CSV,
/// the chart and the draft report, built once to warm up and then timed; the peak working set is
/// the process's after the timed runs.
/// </summary>
public static class ReportsBenchmark
{
    /// <summary>A fixed instant, so that two builds' files (--save) can be compared byte for byte.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public static string Run(int units, int pages, int runs = 3, string? only = null, bool perPart = false, string? save = null)
    {
        var catalog = new UnitCatalog(Enumerable.Range(1, units).Select(i => new Unit(string.Create(CultureInfo.InvariantCulture, $"U{i:000}"), $"Phường {i}", UnitGroup.Ward)));
        var meeting = new Meeting
        {
            Id = "hn",
            ShortTitle = "Hội nghị MXH",
            Title = "Hội nghị đánh giá hiệu quả các trang mạng xã hội",
            StartsAt = Now.AddDays(30),
            RsvpDeadline = Now.AddDays(28),
            Venue = new Venue("Hội trường", "118 Ngô Quyền", 0, 0),
        };
        var round = new ReportingRound { Id = "r1", MeetingId = "hn", Deadline = meeting.RsvpDeadline, RequiredUnits = catalog.All.Select(u => u.Code).ToList(), OpenedBy = "tg:1" };
        var reports = catalog.All.Select((u, i) => new UnitReport
        {
            Id = UnitReport.IdFor("r1", u.Code),
            RoundId = "r1",
            UnitCode = u.Code,
            Versions = [new ReportVersion(Content(i, pages), "tg:5", Now)],
        }).ToList();
        var nominations = reports.Select(r => new NominationRow("Cá nhân", $"Nguyễn Văn {r.UnitCode}", r.UnitCode, r.UnitCode, "Viết nhiều bài", "Lê Thị Lan", false)).ToList();
        var files = new ReportFiles();
        var outputs = Outputs(only);
        var times = new List<double>();
        var parts = new double[AllOutputs.Length];
        var peaks = new double[AllOutputs.Length];
        var baseline = PeakTracker.Resident();
        using var sampler = new MemorySampler();
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var summary = ReportSummary.Build(round, reports, catalog);
            long bytes = 0;
            for (var k = 0; k < AllOutputs.Length; k++)
            {
                if (!outputs.Contains(AllOutputs[k]))
                {
                    continue;
                }

                // The peak of one output alone: the kernel's high-water mark reset before it starts.
                var started = watch.Elapsed.TotalSeconds;
                var resetPeak = perPart && PeakTracker.Reset();
                var residentAtReset = resetPeak ? PeakTracker.Resident() : 0;
                var file = AllOutputs[k] switch
                {
                    "xlsx" => files.SummaryXlsx(summary, meeting),
                    "csv" => files.SummaryCsv(summary),
                    "chart" => files.Chart(summary, meeting.Label),
                    _ => files.DraftDocx(summary, meeting, new Organization(), nominations, new DateOnly(2027, 4, 20)),
                };
                parts[k] = watch.Elapsed.TotalSeconds - started;
                peaks[k] = resetPeak ? Math.Max(peaks[k], PeakTracker.Peak() - residentAtReset) : double.NaN;
                bytes += file.Length;
                if (save is not null && run == runs)
                {
                    File.WriteAllBytes(Path.Combine(save, $"reports.{(AllOutputs[k] == "chart" ? "png" : AllOutputs[k])}"), file);
                }
            }

            watch.Stop();
            if (run > 0)
            {
                times.Add(watch.Elapsed.TotalSeconds);
            }

            _ = bytes;
        }

        var memory = sampler.Report();
        var each = string.Join(", ", AllOutputs.Select((o, k) => outputs.Contains(o)
            ? string.Create(CultureInfo.InvariantCulture, $"{o} {parts[k]:0.00} s") + (perPart ? string.Create(CultureInfo.InvariantCulture, $" peak +{peaks[k]:0} MB") : string.Empty)
            : null).Where(x => x is not null));
        return string.Create(CultureInfo.InvariantCulture, $"reports units={units} pages={pages} outputs={string.Join('+', outputs)}: first timed {(times.Count > 0 ? times[0] : 0):0.00} s, best {(times.Count > 0 ? times.Min() : 0):0.00} s, median {Median(times):0.00} s of {runs} (last: {each}); peak working set {memory.PeakWorkingSetMb:0} MB (resident before the first build {baseline:0} MB, peak managed heap {memory.PeakManagedHeapMb:0} MB, GC gen0/1/2 {memory.Gen0}/{memory.Gen1}/{memory.Gen2})");
    }

    /// <summary>The outputs in the order the bot builds them.</summary>
    private static readonly string[] AllOutputs = ["xlsx", "csv", "chart", "docx"];

    private static HashSet<string> Outputs(string? only) =>
        only is null ? [.. AllOutputs] : [.. only.Split(',', StringSplitOptions.RemoveEmptyEntries).Where(o => AllOutputs.Contains(o))];

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static ReportContent Content(int n, int pages) => new()
    {
        Pages = Enumerable.Range(0, pages).Select(p => new ReportPage
        {
            Platform = (PagePlatform)(p % 6),
            Name = $"Trang {n}.{p}",
            Url = $"https://facebook.com/mttq{n}{p}",
            Followers = (100 * n) + p,
            Posts = [n, 2L * n, 3L * n],
            Admins = 2,
            Collaborators = 3,
        }).ToList(),
        OpinionItems = [n, n, n],
        FalseContent = n,
        Difficulties = "Thiếu người viết bài",
        Proposals = "Tập huấn kỹ năng",
    };
}
