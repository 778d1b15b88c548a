using Bot.Storage;
using Bot.Tests.Support;
using Domain.Events;
using Domain.Reports;
using Domain.Text;
using FakeTelegram;

namespace Bot.Tests.Hosting;

/// <summary>
/// /sukien over the fake Bot API on a real data file: a question asked before a restart is
/// answered after it, and the card's "📊 Báo cáo đơn vị" opens the meeting's reports for organizers only.
/// </summary>
public sealed class MeetingCardOverTelegramTests : OverFakeTelegram
{
    [Fact]
    public async Task A_question_asked_before_a_restart_is_answered_after_it_and_the_card_opens_the_meetings_reports()
    {
        var organizer = new Chat(Fake, BotUnderTest.Organizer);
        string meetingId;
        await using (var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath))
        {
            await organizer.Say("/sukien", m => m.Buttons.Any());
            await organizer.Press(organizer.Received.Last().Buttons.First().CallbackData!, m => m.Buttons.Any());
            meetingId = bot.Service<EntityStore>().All<Meeting>().Single().Id;
            await organizer.Press(Texts.EditExpected.Vi);
        }

        await using var restarted = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        await organizer.Say("150", m => m.Buttons.Any());
        Assert.Equal(150, restarted.Service<EntityStore>().Find<Meeting>(meetingId)!.Expected);

        var reports = await organizer.Press(Texts.MeetingReportsButton.Vi, m => m.Buttons.Any());
        Assert.Contains(Texts.ReportsNone.Vi, reports.Text, StringComparison.Ordinal);
        Assert.Equal($"rpa:open:{meetingId}", Assert.Single(reports.Buttons).CallbackData);

        var stranger = new Chat(Fake, 706);
        var anyMessage = await stranger.Say("/help");
        stranger.User.PressButton(anyMessage with { }, $"rpa:m:{meetingId}");
        var answer = await stranger.Next();
        Assert.Equal(Texts.NotAllowed.Vi, answer.Text);
        Assert.Empty(restarted.Service<EntityStore>().All<ReportingRound>());
    }
}
