using Bot.Storage;
using Bot.Tests.Support;
using Domain.Members;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Reports;

/// <summary>
/// Two reporters of one unit over Telegram and the real data file: the first begins a draft, the
/// second sends, the bot restarts; the first is told who sent and when, keeps the draft, is warned
/// at the review and sends; the second hears that their version was replaced, and both are kept.
/// </summary>
public sealed class SentMeanwhileOverTelegramTests : OverFakeTelegram
{
    private const long Colleague = 63_100;
    private const string ColleagueName = "Lê Thị Lan";

    [Fact]
    public async Task A_draft_taken_up_after_a_restart_names_the_version_sent_meanwhile_and_its_sender_hears_when_it_is_replaced()
    {
        var first = new Chat(Fake, WardRound.ReporterOf(0));
        var second = new Chat(Fake, Colleague);
        var answers = UnitAnswers.For(0);
        await using (var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, WardRound.Settings(Folder)))
        {
            var store = bot.Service<EntityStore>();
            WardRound.Seed(store);
            var id = $"telegram:{Colleague}";
            store.Put(new Member { Id = id, FullName = ColleagueName, Phone = "+84911333555", UnitCode = WardRound.Units[0].Code, Position = "Ủy viên", Status = MemberStatus.Approved });
            store.Put(new RoleGrant(id, Role.Coordinator, $"telegram:{BotUnderTest.Organizer}", DateTimeOffset.UtcNow));
            await WardRound.OpenAsync(new Chat(Fake, BotUnderTest.Organizer));
            await Task.WhenAll(new[] { first, second }.Select(r => r.Next(m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)), TimeSpan.FromSeconds(60))));
            await WardReporter.StartAsync(first);
            await WardReporter.PageAsync(first, answers.Pages[0] with { Name = "Trang đang soạn" }, 0);
            await WardReporter.SendAsync(second, answers);
        }

        await using (var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, WardRound.Settings(Folder)))
        {
            var store = bot.Service<EntityStore>();
            var sentAt = Domain.Events.MeetingFormat.When(WardRound.ReportOf(store, 0)!.Versions[0].ConfirmedAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"), Lang.Vi);

            var offer = await WardReporter.Tap(first, Texts.ReportButton.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.ReportKeepDraft.Plain(Lang.Vi)));
            Assert.Equal(Texts.ReportSentMeanwhile.For(Lang.Vi, ColleagueName, answers.UnitName, sentAt).Value, offer.Text);
            Assert.Equal(Texts.ReportUseSentVersion.Plain(Lang.Vi), offer.Buttons.First().Text);
            await WardReporter.Tap(first, Texts.ReportKeepDraft.Plain(Lang.Vi), WardReporter.Is(Texts.AskMorePages.For(Lang.Vi)));
            var review = await WardReporter.FinishAsync(first, answers, send: false);
            Assert.EndsWith(Texts.ReportReplacesVersion.For(Lang.Vi, ColleagueName, sentAt).Value, review.Text, StringComparison.Ordinal);
            await WardReporter.Tap(first, Texts.WardReportSend.Plain(Lang.Vi), WardReporter.StartsWith(Texts.ReportSent, answers.UnitName, 2));

            var told = await second.Next(WardReporter.StartsWith(Texts.ReportVersionReplaced, "Đầu Mối Số 1", answers.UnitName, 2), TimeSpan.FromSeconds(30));
            Assert.Equal(Texts.ReportVersionReplaced.For(Lang.Vi, "Đầu Mối Số 1", answers.UnitName, 2, sentAt).Value, told.Text);
            var versions = WardRound.ReportOf(store, 0)!.Versions;
            Assert.Equal([answers.Pages[0].Name, "Trang đang soạn"], versions.Select(v => v.Content.Pages[0].Name));
            Assert.Single(second.Received, m => m.Text == told.Text);
        }
    }
}
