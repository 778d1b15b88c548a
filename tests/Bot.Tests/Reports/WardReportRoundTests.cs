using Bot.Files;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Reports;
using Domain.Text;
using FakeTelegram;
using SkiaSharp;

namespace Bot.Tests.Reports;

/// <summary>
/// Ward reports through the real host and the fake Bot API: 28 units' coordinators reporting at
/// once, the organizer's summary read back by independent readers, and a report that a restart
/// interrupts halfway.
/// </summary>
public sealed class WardReportRoundTests : OverFakeTelegram
{
    [Fact]
    public async Task Twenty_eight_units_reporting_at_once_give_a_table_a_chart_and_a_draft_with_exactly_their_figures()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, WardRound.Settings(Folder));
        var store = bot.Service<EntityStore>();
        WardRound.Seed(store);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        await WardRound.OpenAsync(organizer);
        var reporters = Enumerable.Range(0, WardRound.UnitCount).Select(i => new Chat(Fake, WardRound.ReporterOf(i))).ToList();
        await Task.WhenAll(reporters.Select(r => r.Next(m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)), TimeSpan.FromSeconds(60))));
        var answers = Enumerable.Range(0, WardRound.UnitCount).Select(UnitAnswers.For).ToList();

        await Task.WhenAll(reporters.Select((r, i) => Task.Run(() => WardReporter.SendAsync(r, answers[i], TimeSpan.FromSeconds(120)))));

        for (var i = 0; i < WardRound.UnitCount; i++)
        {
            var version = Assert.Single(WardRound.ReportOf(store, i)!.Versions);
            Assert.Equal($"telegram:{WardRound.ReporterOf(i)}", version.ConfirmedBy);
            Assert.Equal(answers[i].Pages.Select(p => (p.Followers, p.Url)), version.Content.Pages.Select(p => (p.Followers, p.Url)));
            var others = WardRound.Units.Where((_, u) => u != i).Select(u => $"mttq.{u.Code.ToLowerInvariant()}.");
            Assert.DoesNotContain(reporters[i].Received, m => others.Any(o => m.Text?.Contains(o, StringComparison.Ordinal) == true));
        }

        var (progress, files) = await WardRound.SummaryAsync(organizer, Fake);

        Assert.Contains(Texts.ReportProgressTotal.For(Lang.Vi, WardRound.UnitCount, WardRound.UnitCount).Value, progress.Text, StringComparison.Ordinal);
        Assert.Empty(SummaryReaders.XlsxErrors(files.Xlsx));
        AssertTable(Expected(answers), SummaryReaders.XlsxRows(files.Xlsx, MeetingSheet.HeaderRow), withUrl: true);
        AssertTable(Expected(answers), SummaryReaders.CsvRows(files.Csv), withUrl: true);
        Assert.Empty(SummaryReaders.DocxErrors(files.Docx));
        var table = SummaryReaders.DocxTable(files.Docx, out var text);
        AssertTable(Grouped(Expected(answers)), table.Skip(1).ToList(), withUrl: false);
        Assert.All(answers, a => Assert.Contains($"\"{a.Difficulties}\"", text, StringComparison.Ordinal));
        Assert.All(answers, a => Assert.Contains($"\"{a.Proposals}\"", text, StringComparison.Ordinal));
        using var chart = SKBitmap.Decode(files.Chart.DocumentContent);
        Assert.NotNull(chart);
        Assert.Equal((ReportsChartImage.Width, ReportsChartImage.HeightFor(WardRound.UnitCount, UnitAnswers.Years)), (chart.Width, chart.Height));
    }

    [Fact]
    public async Task A_report_interrupted_by_a_restart_continues_at_the_same_question_and_keeps_the_answers_of_both_sides()
    {
        const int Unit = 7;
        var answers = UnitAnswers.For(Unit);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var reporter = new Chat(Fake, WardRound.ReporterOf(Unit));
        await using (var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, WardRound.Settings(Folder)))
        {
            WardRound.Seed(bot.Service<EntityStore>());
            await WardRound.OpenAsync(organizer);
            await reporter.Next(m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)), TimeSpan.FromSeconds(60));
            await WardReporter.StartAsync(reporter);
            await WardReporter.PageAsync(reporter, answers.Pages[0], 0);
            await WardReporter.Tap(reporter, Texts.AddPage.Plain(Lang.Vi), WardReporter.Is(Texts.AskPlatform.For(Lang.Vi, 2)));
            await WardReporter.PageAsync(reporter, answers.Pages[1], 1, stopBeforeYear: 1);
        }

        Assert.Equal(Texts.AskPosts.For(Lang.Vi, 2, 2022).Value, reporter.Received.Last().Text);
        await using (var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, WardRound.Settings(Folder)))
        {
            await WardReporter.PostsAsync(reporter, answers.Pages[1], 1, from: 1);
            await WardReporter.FinishAsync(reporter, answers);

            var content = Assert.Single(WardRound.ReportOf(bot.Service<EntityStore>(), Unit)!.Versions).Content;
            Assert.Equal(answers.Pages.Select(p => (p.Name, p.Url, p.Followers, p.Admins, p.Collaborators)), content.Pages.Select(p => (p.Name, p.Url, p.Followers, (long)p.Admins, (long)p.Collaborators)));
            Assert.Equal(answers.Pages.Select(p => p.Posts), content.Pages.Select(p => p.Posts.ToArray()));
            Assert.Equal(answers.Opinions, content.OpinionItems);
            Assert.Equal(answers.FalseContent, content.FalseContent);

            var (_, files) = await WardRound.SummaryAsync(organizer, Fake);
            var rows = SummaryReaders.CsvRows(files.Csv);
            var expected = Expected([answers]);
            var first = rows.FindIndex(r => r[0].StartsWith(answers.UnitName + " (", StringComparison.Ordinal));
            AssertTable(expected.SkipLast(1).ToList(), rows.Skip(first).Take(expected.Count - 1).ToList(), withUrl: true);
            Assert.Equal(expected[^1].Line[1..], rows[^1][1..]);
            Assert.Equal(WardRound.UnitCount - 1, rows.Count(r => r[1] == Texts.NotReported.Plain(Lang.Vi) && r.Skip(2).All(v => v.Length == 0)));
        }

        Assert.Single(reporter.Received, m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)));
    }

    /// <summary>The table's lines in order: each unit's line, its pages, the district total; the first cell is how the line is named.</summary>
    private static List<(string Name, bool IsUnit, string[] Line)> Expected(IReadOnlyList<UnitAnswers> answers) =>
    [
        .. answers.SelectMany(a => a.PageLines().Select(l => (l[0], false, l)).Prepend((a.UnitName + " (", true, a.UnitLine()))),
        (string.Empty, true, UnitAnswers.TotalLine(answers)),
    ];

    /// <summary>The same lines with the figures as the draft writes them, "1.250".</summary>
    private static List<(string Name, bool IsUnit, string[] Line)> Grouped(List<(string Name, bool IsUnit, string[] Line)> lines) =>
        lines.Select(l => (l.Name, l.IsUnit, l.Line.Select((v, c) => c >= ReportsTable.TextColumns && v.Length > 0 ? ReportNumbers.Format(long.Parse(v, System.Globalization.CultureInfo.InvariantCulture)) : v).ToArray())).ToList();

    private static void AssertTable(List<(string Name, bool IsUnit, string[] Line)> expected, List<string[]> rows, bool withUrl)
    {
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (name, isUnit, line) = expected[i];
            var want = withUrl ? line : line.Where((_, c) => c != 2).ToArray();
            var got = rows[i].Concat(Enumerable.Repeat(string.Empty, Math.Max(0, want.Length - rows[i].Length))).ToArray();
            Assert.Equal(want[1..], got[1..]);
            Assert.True(isUnit ? got[0].StartsWith(name, StringComparison.Ordinal) : got[0].Trim() == name, $"line {i}: '{got[0]}', expected '{name}'");
        }
    }
}
