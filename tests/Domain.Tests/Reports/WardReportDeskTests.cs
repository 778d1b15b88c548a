using System.Text.Json;
using Domain.Conversations;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>The desk appends versions and acceptances only for what came through its own queue from someone allowed.</summary>
public sealed class WardReportDeskTests
{
    [Fact]
    public void A_version_signalled_from_outside_the_desks_queue_or_by_someone_not_reporting_is_ignored()
    {
        var bot = Driver();
        var round = Open(bot);
        var json = JsonSerializer.Serialize(new { RoundId = round.Id, UnitCode = "P08", Content = new ReportContent { FalseContent = 99 } });

        bot.Send(Reporter, new SignalIn(WardReportDesk.SignalName, Reporter, json));
        bot.Send(WardReportDesk.Key, new SignalIn(WardReportDesk.SignalName, OtherUnit, json));
        bot.Send(WardReportDesk.Key, new SignalIn(WardReportDesk.SignalName, Reporter, "{not json"));

        Assert.Null(ReportOf(bot, round));
        bot.Send(WardReportDesk.Key, new SignalIn(WardReportDesk.SignalName, Reporter, json));
        Assert.Equal(99, Assert.Single(ReportOf(bot, round)!.Versions).Content.FalseContent);
    }

    [Fact]
    public void An_acceptance_through_the_desk_needs_an_organizer_behind_it()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));

        bot.Send(WardReportDesk.Key, new SignalIn(WardReportDesk.AcceptSignal, Reporter, $"{round.Id}|P08|0"));
        bot.Send(Reporter, new SignalIn(WardReportDesk.AcceptSignal, ConversationDriver.Organizer, $"{round.Id}|P08|0"));
        Assert.False(ReportOf(bot, round)!.Current!.Content.Nominations[0].Accepted);

        bot.Send(WardReportDesk.Key, new SignalIn(WardReportDesk.AcceptSignal, ConversationDriver.Organizer, $"{round.Id}|P08|0"));
        Assert.True(ReportOf(bot, round)!.Current!.Content.Nominations[0].Accepted);
    }

    [Fact]
    public void A_sender_who_lost_the_right_to_report_before_the_desks_turn_is_told_and_nothing_is_written()
    {
        var bot = Driver();
        var round = Open(bot);
        var refused = Texts.ReportSendRefused.Plain(Lang.Vi).Split("{0}")[1];
        string Json(string roundId) => JsonSerializer.Serialize(new { RoundId = roundId, UnitCode = "P08", Content = new ReportContent { FalseContent = 5 } });

        bot.Send(WardReportDesk.Key, new SignalIn(WardReportDesk.SignalName, OtherUnit, Json(round.Id)));
        bot.Send(WardReportDesk.Key, new SignalIn(WardReportDesk.SignalName, Reporter, Json("gone-round")));

        Assert.Null(ReportOf(bot, round));
        Assert.Contains(bot.TextsTo(OtherUnit), t => t.Contains(refused, StringComparison.Ordinal));
        Assert.Contains(bot.TextsTo(Reporter), t => t.Contains(refused, StringComparison.Ordinal));
    }
}
