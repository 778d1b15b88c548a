using Bot.Storage;
using Bot.Tests.Support;
using Domain.Members;
using Domain.Reports;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Reports;

/// <summary>
/// Several people write one unit's report: turns of different people run in parallel, so two of
/// them sending at the same moment, or an organizer accepting a nomination while the unit sends
/// again, must keep every version and the acceptance.
/// </summary>
public sealed class WardReportSameUnitTests : OverFakeTelegram
{
    private const long SecondCoordinator = 63_000;
    private const int Rounds = 5;

    [Fact]
    public async Task Two_coordinators_of_one_unit_sending_at_the_same_moment_both_keep_their_version()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, WardRound.Settings(Folder));
        var store = bot.Service<EntityStore>();
        WardRound.Seed(store);
        var second = $"telegram:{SecondCoordinator}";
        store.Put(new Member { Id = second, FullName = "Đầu Mối Thứ Hai", Phone = "+84911333444", UnitCode = WardRound.Units[0].Code, Position = "Ủy viên", Status = MemberStatus.Approved });
        store.Put(new RoleGrant(second, Role.Coordinator, $"telegram:{BotUnderTest.Organizer}", DateTimeOffset.UtcNow));
        await WardRound.OpenAsync(new Chat(Fake, BotUnderTest.Organizer));
        var reporters = new[] { new Chat(Fake, WardRound.ReporterOf(0)), new Chat(Fake, SecondCoordinator) };
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

    [Fact]
    public async Task An_organizer_accepting_a_nomination_while_the_unit_sends_again_keeps_both_the_version_and_the_acceptance()
    {
        const string Nominee = "Nguyễn Văn Khen";
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, WardRound.Settings(Folder));
        WardRound.Seed(bot.Service<EntityStore>());
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        await WardRound.OpenAsync(organizer);
        var reporter = new Chat(Fake, WardRound.ReporterOf(0));
        var answers = UnitAnswers.For(0);
        await reporter.Next(m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)), TimeSpan.FromSeconds(60));
        await WardReporter.SendAsync(reporter, answers, nominee: Nominee);
        var review = await WardReporter.Tap(reporter, Texts.ReportButton.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.WardReportSend.Plain(Lang.Vi)));
        var accept = Texts.NominationAccept.For(Lang.Vi, 1).ToPlain();
        await organizer.Press(Texts.ReportProgressButton.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.ReportNominationsButton.Plain(Lang.Vi)));
        var list = await organizer.Press(Texts.ReportNominationsButton.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == accept));

        organizer.User.PressButton(list, list.Buttons.Single(b => b.Text == accept).CallbackData!);
        reporter.User.PressButton(review, review.Buttons.First(b => b.Text == Texts.WardReportSend.Plain(Lang.Vi)).CallbackData!);

        await organizer.Next(WardReporter.Is(Texts.NomineeGuestInvited.For(Lang.Vi, Nominee, WardRound.Meeting.Label)));
        await reporter.Next(WardReporter.StartsWith(Texts.ReportSent, answers.UnitName, 2));
        var report = WardRound.ReportOf(bot.Service<EntityStore>(), 0)!;
        Assert.Equal(2, report.Versions.Count);
        Assert.True(Assert.Single(report.Current!.Content.Nominations).Accepted);
    }
}
