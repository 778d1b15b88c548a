using Bot.Storage;
using Bot.Tests.Support;
using Domain.Members;
using Domain.Reports;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Reports;

/// <summary>
/// Several people of one unit edit its report: turns of different people run in parallel, so two
/// of them sending at the same moment must both be kept as versions, the last one counting.
/// </summary>
public sealed class WardReportSameUnitTests : IAsyncLifetime
{
    private const long SecondCoordinator = 63_000;
    private const int Rounds = 5;

    private readonly TempFolder folder = new();
    private FakeBotApi fake = null!;

    public async Task InitializeAsync() => fake = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await fake.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Two_coordinators_of_one_unit_sending_at_the_same_moment_both_keep_their_version()
    {
        await using var bot = await BotUnderTest.StartAsync(fake, folder.DatabasePath, WardRound.Settings(folder));
        var store = bot.Service<EntityStore>();
        WardRound.Seed(store);
        var second = $"telegram:{SecondCoordinator}";
        store.Put(new Member { Id = second, FullName = "Đầu Mối Thứ Hai", Phone = "+84911333444", UnitCode = WardRound.Units[0].Code, Position = "Ủy viên", Status = MemberStatus.Approved });
        store.Put(new RoleGrant(second, Role.Coordinator, $"telegram:{BotUnderTest.Organizer}", DateTimeOffset.UtcNow));
        await WardRound.OpenAsync(new Chat(fake, BotUnderTest.Organizer));
        var reporters = new[] { new Chat(fake, WardRound.ReporterOf(0)), new Chat(fake, SecondCoordinator) };
        var answers = UnitAnswers.For(0);
        await Task.WhenAll(reporters.Select(r => r.Next(m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)), TimeSpan.FromSeconds(60))));
        await WardReporter.StartAsync(reporters[0]);
        await WardReporter.PageAsync(reporters[0], answers.Pages[0], 0);
        var reviews = new List<SentMessage> { await WardReporter.FinishAsync(reporters[0], answers, send: false) };
        await WardReporter.StartAsync(reporters[1]);
        await WardReporter.PageAsync(reporters[1], answers.Pages[0] with { Followers = 9_999, Typed = "9999" }, 0);
        reviews.Add(await WardReporter.FinishAsync(reporters[1], answers, send: false));

        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < reporters.Length; i++)
            {
                reporters[i].User.PressButton(reviews[i], reviews[i].Buttons.First(b => b.Text == Texts.WardReportSend.Plain(Lang.Vi)).CallbackData!);
            }

            await Task.WhenAll(reporters.Select(r => r.Next(WardReporter.StartsWith(Texts.ReportSent, answers.UnitName))));
            reviews = [.. await Task.WhenAll(reporters.Select(r => WardReporter.Tap(r, Texts.ReportButton.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.WardReportSend.Plain(Lang.Vi)))))];
        }

        var report = WardRound.ReportOf(store, 0)!;
        Assert.Equal(2 * Rounds, report.Versions.Count);
        Assert.Equal(Rounds, report.Versions.Count(v => v.ConfirmedBy == second));
        var confirmations = reporters.SelectMany(r => r.Received).ToList();
        Assert.All(Enumerable.Range(1, 2 * Rounds), v => Assert.Single(confirmations, WardReporter.StartsWith(Texts.ReportSent, answers.UnitName, v).Invoke));
    }
}
