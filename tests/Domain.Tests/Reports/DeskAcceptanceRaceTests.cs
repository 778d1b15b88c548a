using System.Text.Json;
using Domain.Conversations;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>
/// An organizer accepts a nomination by its place in the list, while the unit sends a new version
/// that lists its nominations in another order: the desk accepts the nominee the organizer chose,
/// wherever it now stands, or none when it is gone.
/// </summary>
public sealed class DeskAcceptanceRaceTests
{
    private readonly ConversationDriver bot = Driver();
    private readonly Router router = CoreHandlers.CreateRouter(ConversationDriver.Units, new StubEventFiles(), new StubDiscussionFiles(), new StubTeamFiles(), new StubGuestFiles(), reportFiles: new StubWardReportFiles());

    [Fact]
    public void An_acceptance_follows_its_nominee_to_its_new_place_in_a_version_sent_meanwhile()
    {
        var round = SentWithOneNomination();
        var accept = DecideAcceptingTheFirst(round);

        SendDirectly(round, "Nguyễn Văn Mới", "Trần Văn Bình");
        bot.Store.Apply(accept.Changes);
        bot.Send(WardReportDesk.Key, Assert.Single(accept.Changes.Signals).Event);

        var nominations = ReportOf(bot, round)!.Current!.Content.Nominations;
        Assert.Equal([false, true], nominations.Select(n => n.Accepted));
        Assert.Equal(2, ReportOf(bot, round)!.Versions.Count);
    }

    [Fact]
    public void An_acceptance_whose_nominee_left_the_version_sent_meanwhile_accepts_nobody()
    {
        var round = SentWithOneNomination();
        var accept = DecideAcceptingTheFirst(round);

        SendDirectly(round, "Nguyễn Văn Mới");
        bot.Store.Apply(accept.Changes);
        bot.Replies(ConversationDriver.Organizer);
        bot.Send(WardReportDesk.Key, Assert.Single(accept.Changes.Signals).Event);

        Assert.DoesNotContain(ReportOf(bot, round)!.Current!.Content.Nominations, n => n.Accepted);
        Assert.Equal([Texts.NominationMoved.Plain(Lang.Vi)], bot.TextsTo(ConversationDriver.Organizer));
    }

    private ReportingRound SentWithOneNomination()
    {
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        return round;
    }

    /// <summary>The organizer's press on "accept 1", decided from the records as they are, not stored yet.</summary>
    private Turn DecideAcceptingTheFirst(ReportingRound round)
    {
        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Nominations, round.Id).Encode());
        var data = bot.LastWithButtons(ConversationDriver.Organizer)!.Buttons.SelectMany(r => r).Single(b => b.Label == Texts.NominationAccept.For(Lang.Vi, 1).ToPlain()).Data;
        var envelope = new InboundEnvelope($"accept:{bot.Turns.Count}", ConversationDriver.Organizer, new ButtonIn(data, "cb", 1), bot.Now);
        return TurnExecution.Run(router, envelope, ConversationDriver.Organizer, bot.Store, bot.Settings, bot.Now, (ex, _) => System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex));
    }

    /// <summary>A new version of Phường 8's report, as the reporter's turn hands it to the desk.</summary>
    private void SendDirectly(ReportingRound round, params string[] nominees)
    {
        var content = ReportOf(bot, round)!.Current!.Content with
        {
            Nominations = nominees.Select(n => new Nomination { Kind = NomineeKind.Person, Name = n, UnitName = "Phường 8", Achievement = "Viết bài" }).ToList(),
        };
        bot.Send(WardReportDesk.Key, new SignalIn(WardReportDesk.SignalName, Reporter, JsonSerializer.Serialize(new { RoundId = round.Id, UnitCode = "P08", Content = content })));
    }
}
