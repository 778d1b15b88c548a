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
    public static string Run(int units, int pages, int runs = 3)
    {
        var catalog = new UnitCatalog(Enumerable.Range(1, units).Select(i => new Unit(string.Create(CultureInfo.InvariantCulture, $"U{i:000}"), $"Phường {i}", UnitGroup.Ward)));
        var meeting = new Meeting
        {
            Id = "hn",
            ShortTitle = "Hội nghị MXH",
            Title = "Hội nghị đánh giá hiệu quả các trang mạng xã hội",
            StartsAt = DateTimeOffset.UtcNow.AddDays(30),
            RsvpDeadline = DateTimeOffset.UtcNow.AddDays(28),
            Venue = new Venue("Hội trường", "118 Ngô Quyền", 0, 0),
        };
        var round = new ReportingRound { Id = "r1", MeetingId = "hn", Deadline = meeting.RsvpDeadline, RequiredUnits = catalog.All.Select(u => u.Code).ToList(), OpenedBy = "tg:1" };
        var reports = catalog.All.Select((u, i) => new UnitReport
        {
            Id = UnitReport.IdFor("r1", u.Code),
            RoundId = "r1",
            UnitCode = u.Code,
            Versions = [new ReportVersion(Content(i, pages), "tg:5", DateTimeOffset.UtcNow)],
        }).ToList();
        var nominations = reports.Select(r => new NominationRow("Cá nhân", $"Nguyễn Văn {r.UnitCode}", r.UnitCode, r.UnitCode, "Viết nhiều bài", "Lê Thị Lan", false)).ToList();
        var files = new ReportFiles();
        var times = new List<double>();
        var parts = (Tables: 0.0, Chart: 0.0, Draft: 0.0);
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var summary = ReportSummary.Build(round, reports, catalog);
            var bytes = files.SummaryXlsx(summary, meeting).Length + files.SummaryCsv(summary).Length;
            var tables = watch.Elapsed.TotalSeconds;
            bytes += files.Chart(summary, meeting.Label).Length;
            var chart = watch.Elapsed.TotalSeconds - tables;
            bytes += files.DraftDocx(summary, meeting, new Organization(), nominations).Length;
            watch.Stop();
            parts = (tables, chart, watch.Elapsed.TotalSeconds - tables - chart);
            if (run > 0)
            {
                times.Add(watch.Elapsed.TotalSeconds);
            }

            _ = bytes;
        }

        using var self = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture, $"reports units={units} pages={pages}: summary + XLSX + CSV + chart + DOCX first timed {times[0]:0.00} s, best {times.Min():0.00} s of {runs} (last: summary+XLSX+CSV {parts.Tables:0.00} s, chart {parts.Chart:0.00} s, DOCX {parts.Draft:0.00} s); peak working set {self.PeakWorkingSet64 / 1048576.0:0} MB");
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
