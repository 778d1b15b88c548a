using System.Text.Json;
using Domain.Conversations;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>
/// The desk records a version by when its sender pressed Send, not by when the desk's queue gets
/// to it: pressed before the deadline, it counts however late it is handled; pressed once the
/// round had closed, it is refused, and the sender is shown what they wrote.
/// </summary>
public sealed class DeskDeadlineTests
{
    private readonly ConversationDriver bot = Driver();
    private readonly Router router = CoreHandlers.CreateRouter(ConversationDriver.Units, new StubEventFiles(), new StubDiscussionFiles(), new StubTeamFiles(), new StubGuestFiles(), reportFiles: new StubWardReportFiles());

    [Fact]
    public void A_version_pressed_just_before_the_deadline_and_handled_after_it_is_recorded()
    {
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Now = round.Deadline.AddMinutes(-1);
        var send = Decide(Reporter, Texts.WardReportSend);
        bot.Store.Apply(send.Changes);

        bot.Now = round.Deadline.AddHours(1);
        RunSignals(send);

        Assert.Single(ReportOf(bot, round)!.Versions);
        Assert.Contains(bot.TextsTo(Reporter), t => t.StartsWith(Texts.ReportSent.Plain(Lang.Vi)[..20], StringComparison.Ordinal));
    }

    [Fact]
    public void A_send_received_before_the_deadline_whose_turn_runs_after_it_is_recorded()
    {
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Now = round.Deadline.AddMinutes(1);

        var send = Decide(Reporter, Texts.WardReportSend, pressedAt: round.Deadline.AddSeconds(-30));
        bot.Store.Apply(send.Changes);
        RunSignals(send);

        Assert.Single(ReportOf(bot, round)!.Versions);
    }

    [Fact]
    public void A_press_after_the_deadline_ends_the_draft_and_shows_it_back_read_only()
    {
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Replies(Reporter);
        bot.Now = round.Deadline.AddMinutes(1);

        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));

        var told = bot.TextsTo(Reporter);
        Assert.Contains(told, t => t.StartsWith(Texts.ReportClosed.Plain(Lang.Vi).Split("{0}")[0], StringComparison.Ordinal));
        Assert.Contains(told, t => t.Contains(Texts.ReportUnsentDraft.Plain(Lang.Vi).Split("{0}")[0], StringComparison.Ordinal) && t.Contains("MTTQ Phường 8", StringComparison.Ordinal));
        Assert.Null(ReportOf(bot, round)?.Current);
        Assert.Null(bot.SessionOf(Reporter)!.Flow);
    }

    [Fact]
    public void A_version_pressed_after_the_round_closed_is_refused_and_shown_back_to_its_sender()
    {
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        var send = Decide(Reporter, Texts.WardReportSend);
        bot.Store.Apply(send.Changes);
        // The round was closed between the press reaching the reporter's queue and the desk's turn.
        bot.Store.Put(round with { Deadline = bot.Now.AddMinutes(-5) });
        bot.Replies(Reporter);

        RunSignals(send);

        Assert.Null(ReportOf(bot, round)?.Current);
        var told = Assert.Single(bot.TextsTo(Reporter));
        Assert.StartsWith(Texts.ReportSendTooLate.Plain(Lang.Vi).Split("{0}")[0], told, StringComparison.Ordinal);
        Assert.Contains("MTTQ Phường 8", told, StringComparison.Ordinal);
        Assert.Contains("Thiếu người viết bài", told, StringComparison.Ordinal);
        Assert.Contains(bot.Audit, a => a.Action == "report.refused.late" && a.By == Reporter);
    }

    [Fact]
    public void A_late_version_leaves_the_version_sent_before_the_deadline_as_it_was()
    {
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        var sent = ReportOf(bot, round)!;

        var late = JsonSerializer.Serialize(new { RoundId = round.Id, UnitCode = "P08", Content = new ReportContent { FalseContent = 99 }, PressedAt = round.Deadline.AddSeconds(1) });
        bot.Now = round.Deadline.AddMinutes(1);
        bot.Send(WardReportDesk.Key, new SignalIn(WardReportDesk.SignalName, Reporter, late));
        // A signal stored before the press time was carried counts by its own time.
        var old = JsonSerializer.Serialize(new { RoundId = round.Id, UnitCode = "P08", Content = new ReportContent { FalseContent = 98 } });
        bot.Send(WardReportDesk.Key, new SignalIn(WardReportDesk.SignalName, Reporter, old));

        Assert.Same(sent, ReportOf(bot, round));
        Assert.Equal(2, bot.TextsTo(Reporter).Count(t => t.StartsWith(Texts.ReportSendTooLate.Plain(Lang.Vi).Split("{0}")[0], StringComparison.Ordinal)));
    }

    [Fact]
    public void A_press_time_later_than_the_turn_that_carried_it_counts_as_that_turns_time()
    {
        var round = Open(bot);
        var future = JsonSerializer.Serialize(new { RoundId = round.Id, UnitCode = "P08", Content = new ReportContent { FalseContent = 3 }, PressedAt = round.Deadline.AddDays(30) });

        bot.Send(WardReportDesk.Key, new SignalIn(WardReportDesk.SignalName, Reporter, future));

        Assert.Equal(3, Assert.Single(ReportOf(bot, round)!.Versions).Content.FalseContent);
    }

    [Fact]
    public void An_organizer_still_accepts_a_nomination_after_the_deadline()
    {
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        bot.Now = round.Deadline.AddDays(1);

        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Nominations, round.Id).Encode());
        bot.Press(ConversationDriver.Organizer, Texts.NominationAccept.For(Lang.Vi, 1).ToPlain());

        Assert.True(ReportOf(bot, round)!.Current!.Content.Nominations[0].Accepted);
        Assert.Single(ReportOf(bot, round)!.Versions);
    }

    /// <summary>Decides the press of a button the user was last shown, from the records as they are now, without storing anything.</summary>
    private Turn Decide(UserKey from, Msg label, DateTimeOffset? pressedAt = null)
    {
        var data = bot.LastWithButtons(from)!.Buttons.SelectMany(r => r).Single(b => b.Label == label.Plain(Lang.Vi)).Data;
        var envelope = new InboundEnvelope($"late:{from}:{bot.Turns.Count}", from, new ButtonIn(data, "cb", 1), pressedAt ?? bot.Now);
        return TurnExecution.Run(router, envelope, from, bot.Store, bot.Settings, bot.Now, (ex, _) => System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex));
    }

    /// <summary>Runs the turn's signals as turns of their targets, at the driver's time now.</summary>
    private void RunSignals(Turn turn)
    {
        foreach (var signal in turn.Changes.Signals)
        {
            bot.Send(signal.From, signal.Event);
        }
    }
}
