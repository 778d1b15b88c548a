using Domain.Conversations;
using Bot.Pipeline;
using Bot.Storage;
using Bot.Tests.Support;
using Domain.Reports;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Reports;

/// <summary>
/// The automatic reminder before a round's deadline, through the real reminder scheduler: it
/// reaches the units that have not sent, once, and a restart after it went out sends nothing more.
/// </summary>
public sealed class WardReportReminderTests : OverFakeTelegram
{
    [Fact]
    public async Task The_reminder_before_the_deadline_goes_once_to_the_units_that_have_not_sent_even_across_a_restart()
    {
        var sent = new Chat(Fake, WardRound.ReporterOf(0));
        var late = new Chat(Fake, WardRound.ReporterOf(1));
        var reminded = WardReporter.StartsWith(Texts.ReportReminder, WardRound.Units[1].Name);
        await using (var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, WardRound.Settings(Folder)))
        {
            var store = bot.Service<EntityStore>();
            WardRound.Seed(store);
            var now = DateTimeOffset.UtcNow;
            // A round whose reminder fell due a minute ago; the first unit has sent its report.
            var round = new ReportingRound
            {
                Id = "rremind1",
                MeetingId = WardRound.MeetingId,
                Deadline = now + bot.Service<BotSettings>().Reminders.BeforeDeadline - TimeSpan.FromMinutes(1),
                RequiredUnits = [WardRound.Units[0].Code, WardRound.Units[1].Code],
                OpenedBy = $"telegram:{BotUnderTest.Organizer}",
                OpenedAt = now.AddDays(-3),
            };
            store.Put(round);
            store.Put(new UnitReport
            {
                Id = UnitReport.IdFor(round.Id, WardRound.Units[0].Code),
                RoundId = round.Id,
                UnitCode = WardRound.Units[0].Code,
                StartedBy = $"telegram:{WardRound.ReporterOf(0)}",
                StartedAt = now.AddDays(-1),
                Versions = [new ReportVersion(UnitAnswersContent(), $"telegram:{WardRound.ReporterOf(0)}", now.AddDays(-1))],
            });

            bot.Service<ReminderScheduler>().RunOnce();
            var reminder = await late.Next(reminded, TimeSpan.FromSeconds(60));
            // The automatic reminder names the round with its period, as the round's lists do.
            Assert.Contains(RoundNames.Label(store, round, bot.Service<BotSettings>().TimeZone, Lang.Vi), reminder.Text, StringComparison.Ordinal);
            bot.Service<ReminderScheduler>().RunOnce();
            await Eventually.True(() => store.Find<Domain.Events.ReminderRun>($"report|{round.Id}|{(round.Deadline - bot.Service<BotSettings>().Reminders.BeforeDeadline).UtcTicks}") is not null, TimeSpan.FromSeconds(30));
        }

        await using (var restarted = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath, WardRound.Settings(Folder)))
        {
            Assert.Equal(0, restarted.Service<ReminderScheduler>().RunOnce());
            await late.Say("/help");
        }

        Assert.Single(late.Received, m => reminded(m));
        Assert.DoesNotContain(sent.Received, m => m.Text?.Contains(Texts.ReportReminder.Plain(Lang.Vi).Split("{0}")[0], StringComparison.Ordinal) == true);
    }

    private static ReportContent UnitAnswersContent() => new() { FalseContent = 1, OpinionItems = [1, 2, 3] };
}
