using Bot.Storage;
using Bot.Tests.Support;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Reports;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Reports;

/// <summary>
/// Who must not touch a unit's report, over the fake Bot API: a plain member of another unit, a
/// stranger, another unit's coordinator with a copied or guessed press, a non-organizer with the
/// organizers' buttons, and a report button pressed after the deadline. Each hears one sentence;
/// no report, round, notice or file changes hands.
/// </summary>
public sealed class WardReportAttackTests : OverFakeTelegram
{
    private const long PlainMember = 62_001;
    private const long Stranger = 62_002;

    [Fact]
    public async Task Another_units_member_a_stranger_and_forged_or_guessed_presses_change_nothing_and_each_hear_one_sentence()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, WardRound.Settings(Folder));
        var store = bot.Service<EntityStore>();
        WardRound.Seed(store);
        store.Put(new Member { Id = $"telegram:{PlainMember}", FullName = "Thành Viên Thường", Phone = "+84911111111", UnitCode = "P02", Position = "Ủy viên", Status = MemberStatus.Approved });
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        await WardRound.OpenAsync(organizer);
        var round = store.All<ReportingRound>().Single();
        var reporter = new Chat(Fake, WardRound.ReporterOf(0));
        var otherCoordinator = new Chat(Fake, WardRound.ReporterOf(1));
        await reporter.Next(m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)), TimeSpan.FromSeconds(60));
        await otherCoordinator.Next(m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)), TimeSpan.FromSeconds(60));
        var answers = UnitAnswers.For(0);
        await WardReporter.SendAsync(reporter, answers);
        var review = await WardReporter.Tap(reporter, Texts.ReportButton.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.WardReportSend.Plain(Lang.Vi)));
        var nonce = review.Buttons.First().CallbackData!.Split(':')[1];
        await WardReporter.StartAsync(otherCoordinator);
        var before = Snapshot(store);

        var forged = new List<string>
        {
            new ReportPress(ReportPress.Send).Encode(nonce),
            new ReportPress(ReportPress.Edit).Encode(nonce),
            new ReportPress(ReportPress.RemovePage, "0").Encode(nonce),
            "rp:zzzzzz:send",
        };
        string[] admin =
        [
            new ReportAdminPress(ReportAdminPress.Summary, round.Id).Encode(),
            new ReportAdminPress(ReportAdminPress.Progress, round.Id).Encode(),
            new ReportAdminPress(ReportAdminPress.Remind, round.Id).Encode(),
            new ReportAdminPress(ReportAdminPress.Nominations, round.Id).Encode(),
            new ReportAdminPress(ReportAdminPress.Accept, round.Id, "P01", "0").Encode(),
            new ReportAdminPress(ReportAdminPress.Open).Encode(),
        ];

        foreach (var id in new[] { PlainMember, Stranger })
        {
            var attacker = new Chat(Fake, id);
            var menu = await attacker.Say("/baocao");
            Assert.Equal((id == Stranger ? Texts.NotRegistered : Texts.ReportNotReporter).Plain(Lang.Vi), menu.Text);
            await OneSentence(attacker, menu, new ReportStart(round.Id).Encode(), Texts.ReportNotReporter);
            foreach (var data in forged)
            {
                await OneSentence(attacker, menu, data, Texts.ButtonExpired);
            }

            foreach (var data in admin)
            {
                await OneSentence(attacker, menu, data, Texts.NotAllowed);
            }

            await Settled(attacker, 2 + forged.Count + admin.Length);
        }

        var asked = otherCoordinator.Received.Count();
        var own = otherCoordinator.Received.Last();
        foreach (var data in forged)
        {
            await OneSentence(otherCoordinator, own, data, Texts.ButtonExpired);
        }

        await OneSentence(otherCoordinator, own, new ReportStart("rzzzzzzzz").Encode(), Texts.ReportNotReporter);
        await OneSentence(otherCoordinator, own, admin[0], Texts.NotAllowed);
        await Settled(otherCoordinator, asked + forged.Count + 2);
        await WardReporter.Tap(otherCoordinator, Texts.PlatformFacebook.Plain(Lang.Vi), WardReporter.Is(Texts.AskPageName.For(Lang.Vi, 1)));

        // Even an organizer's guessed round or nomination is refused, not acted on.
        var opened = organizer.Received.Last();
        await OneSentence(organizer, opened, new ReportAdminPress(ReportAdminPress.Summary, "rzzzzzzzz").Encode(), Texts.ButtonExpired);
        await OneSentence(organizer, opened, new ReportAdminPress(ReportAdminPress.Accept, round.Id, "P01", "9").Encode(), Texts.ButtonExpired);
        await OneSentence(organizer, opened, new ReportAdminPress(ReportAdminPress.Accept, round.Id, "P01", "-1").Encode(), Texts.ButtonExpired);

        Assert.Equal(before, Snapshot(store));
        Assert.Equal(1, store.All<UnitReport>().Count(r => r.IsSent));
        Assert.DoesNotContain(Fake.AllSent, m => m.DocumentContent is not null);
        Assert.All(new[] { PlainMember, Stranger, WardRound.ReporterOf(1) }, id => Assert.DoesNotContain(Fake.SentTo(id), m => m.Text?.Contains(answers.Difficulties, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task After_the_deadline_a_stale_button_changes_nothing_and_the_report_is_only_shown()
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, WardRound.Settings(Folder));
        var store = bot.Service<EntityStore>();
        WardRound.Seed(store);
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        var opened = await WardRound.OpenAsync(organizer);
        var reporter = new Chat(Fake, WardRound.ReporterOf(0));
        await reporter.Next(m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)), TimeSpan.FromSeconds(60));
        var answers = UnitAnswers.For(0);
        await WardReporter.SendAsync(reporter, answers);
        var review = await WardReporter.Tap(reporter, Texts.ReportButton.Plain(Lang.Vi), m => m.Buttons.Any(b => b.Text == Texts.WardReportSend.Plain(Lang.Vi)));
        var round = store.All<ReportingRound>().Single();
        var closed = round with { Deadline = DateTimeOffset.UtcNow.AddMinutes(-1) };
        store.Put(closed);
        var before = Snapshot(store);
        var deadline = MeetingFormat.When(closed.Deadline, bot.Service<BotSettings>().TimeZone, Lang.Vi);

        reporter.User.PressButton(review, review.Buttons.First(b => b.Text == Texts.WardReportSend.Plain(Lang.Vi)).CallbackData!);
        Assert.Equal(Texts.ReportClosed.For(Lang.Vi, deadline).Value, (await reporter.Next()).Text);
        // The draft the deadline ended is shown once more, read only.
        var draft = await reporter.Next();
        Assert.True(WardReporter.StartsWith(Texts.ReportUnsentDraft, answers.UnitName)(draft), draft.Text);
        reporter.User.PressButton(review, review.Buttons.First(b => b.Text == Texts.ReportEdit.Plain(Lang.Vi)).CallbackData!);
        Assert.Equal(Texts.ButtonExpired.Plain(Lang.Vi), (await reporter.Next()).Text);
        var notice = reporter.Received.First(m => m.Buttons.Any(b => b.Text == Texts.ReportButton.Plain(Lang.Vi)));
        reporter.User.PressButton(notice, notice.Buttons.Single().CallbackData!);
        Assert.Equal(Texts.ReportClosed.For(Lang.Vi, deadline).Value, (await reporter.Next()).Text);
        var shown = await reporter.Next();
        Assert.True(WardReporter.StartsWith(Texts.ReportReadOnly, answers.UnitName)(shown), shown.Text);
        Assert.Contains(answers.Difficulties, shown.Text, StringComparison.Ordinal);
        await Settled(reporter, reporter.Received.Count());

        organizer.User.PressButton(opened, new ReportAdminPress(ReportAdminPress.Remind, round.Id).Encode());
        Assert.Equal(Texts.ReportRoundClosedForReminder.Plain(Lang.Vi), (await organizer.Next()).Text);
        Assert.Equal(before, Snapshot(store));
        Assert.Null(store.Find<Session>($"telegram:{WardRound.ReporterOf(0)}")?.Flow);
    }

    /// <summary>Presses <paramref name="data"/> on <paramref name="message"/> and expects exactly this one sentence back.</summary>
    private static async Task OneSentence(Chat chat, SentMessage message, string data, Msg expected)
    {
        chat.User.PressButton(message, data);
        var reply = await chat.Next();
        Assert.True(expected.Plain(Lang.Vi) == reply.Text, $"{data}: {reply.Text}");
    }

    /// <summary>After a moment for stragglers, exactly <paramref name="count"/> messages reached the chat.</summary>
    private static async Task Settled(Chat chat, int count)
    {
        await Task.Delay(500);
        Assert.Equal(count, chat.Received.Count());
    }

    /// <summary>Everything the attacks could change: the reports with their versions, the rounds, the notices.</summary>
    private static string Snapshot(EntityStore store) => string.Join(
        '\n',
        store.All<UnitReport>().OrderBy(r => r.Id, StringComparer.Ordinal).Select(EntityStore.Serialize)
            .Concat(store.All<ReportingRound>().Select(EntityStore.Serialize))
            .Concat(store.All<Notice>().Select(n => n.Id))
            .Concat(store.All<ReportReporter>().Select(r => r.Id)));
}
