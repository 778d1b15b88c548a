using Domain.Conversations;
using Domain.Notices;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Broadcasts;

namespace Domain.Tests.Notices;

/// <summary>
/// The shell runs each person's turns in their own queue, people in parallel. A notice's final
/// report runs in its author's queue; a stop pressed by another organizer ran in theirs, so both
/// could read the notice as "sending" and the report, committed last, wrote "done" over "cancelled".
/// These tests decide two turns from the same records, as two queues do, then commit them.
/// </summary>
public sealed class StopAndReportRaceTests
{
    private static readonly UserKey Author = ConversationDriver.Organizer;
    private static readonly UserKey Stopper = People.SecondOrganizer;

    private readonly ConversationDriver bot = new(new BotSettings { Organizers = new HashSet<UserKey> { Author, Stopper } });
    private readonly Router router = CoreHandlers.CreateRouter(ConversationDriver.Units, new StubEventFiles(), new StubDiscussionFiles(), new StubTeamFiles(), new StubGuestFiles());
    private readonly List<Delivery> sent = [];

    [Fact]
    public void A_report_decided_while_another_organizer_stops_the_notice_cannot_hide_the_stop()
    {
        var notice = Seed(bot, "tb-1", bot.Now, recipients: [People.Alice, People.Bob]);

        var stop = Decide(Stopper, new ButtonIn($"nt:stop:{notice.Id}", "cb", 1));
        var report = Decide(Author, NoticeAdmin.Done(notice, 1, 0, [], 1, bot.Now).Event);
        Commit(stop);
        Commit(report);
        // The author's queue was busy with the report: a signal waiting there runs after it.
        RunSignals(stop, report);

        var final = bot.NoticeOf(notice.Id)!;
        var toldStopped = TextsTo(Stopper).Contains(Texts.NoticeStopped.Vi(Opening(notice), NoticeLabel.SentAt(notice, bot.Settings.TimeZone, Lang.Vi)));
        var cancelledRows = stop.Changes.CancelledTags.Concat(report.Changes.CancelledTags).Any();
        // Whatever came first, the organizer's words and the rows agree with the stored status.
        Assert.Equal(toldStopped, final.Status == NoticeStatus.Cancelled);
        Assert.Equal(cancelledRows, final.Status == NoticeStatus.Cancelled);
        Assert.NotNull(final.FinishedAt);
    }

    [Fact]
    public void A_stop_that_reaches_the_authors_queue_before_the_report_stays_cancelled()
    {
        var notice = Seed(bot, "tb-1", bot.Now, recipients: [People.Alice, People.Bob]);

        var stop = Decide(Stopper, new ButtonIn($"nt:stop:{notice.Id}", "cb", 1));
        Commit(stop);
        RunSignals(stop);
        bot.Deliver(NoticeAdmin.Done(notice, 1, 0, [], 1, bot.Now));

        var final = bot.NoticeOf(notice.Id)!;
        Assert.Equal((NoticeStatus.Cancelled, 1), (final.Status, final.Cancelled));
        Assert.Contains(Texts.NoticeStopped.Vi(Opening(notice), NoticeLabel.SentAt(notice, bot.Settings.TimeZone, Lang.Vi)), TextsTo(Stopper));
        Assert.Contains(bot.Turns, t => t.Changes.CancelledTags.Contains(notice.Tag));
        var entry = Assert.Single(bot.Audit, a => a.Action == "notice.cancelled");
        Assert.Equal(Stopper, entry.By);
    }

    [Fact]
    public void The_author_stopping_their_own_notice_stops_it_at_once()
    {
        var notice = Seed(bot, "tb-1", bot.Now, recipients: [People.Alice]);

        bot.PressData(Author, $"nt:stop:{notice.Id}");

        Assert.Equal(NoticeStatus.Cancelled, bot.NoticeOf(notice.Id)!.Status);
        Assert.Empty(bot.Turns[0].Changes.Signals);
    }

    [Fact]
    public void A_forged_stop_signal_from_a_member_or_in_the_wrong_queue_changes_nothing()
    {
        var notice = Seed(bot, "tb-1", bot.Now, recipients: [People.Alice]);

        bot.Send(Author, new SignalIn(NoticeStop.StopSignal, People.Alice, notice.Id));
        bot.Send(People.Alice, new SignalIn(NoticeStop.StopSignal, Stopper, notice.Id));
        bot.Send(Author, new SignalIn(NoticeStop.StopSignal, Stopper, "tb-nope"));

        Assert.Same(notice, bot.NoticeOf(notice.Id));
        Assert.All(bot.Turns, t => Assert.Empty(t.Changes.CancelledTags));
        Assert.Empty(bot.Deliveries());
    }

    [Fact]
    public void A_notice_whose_author_erased_their_data_can_still_be_stopped_and_finished()
    {
        Registering.Seed(bot, Author, Domain.Members.MemberStatus.Approved);
        var notice = Seed(bot, "tb-1", bot.Now, recipients: [People.Alice, People.Bob]);
        bot.Command(Author, "/xoadulieu");
        bot.Press(Author, Texts.EraseYes.Vi);
        Assert.Null(bot.NoticeOf(notice.Id)!.Author());
        var before = bot.Turns.Count;

        bot.PressData(Stopper, $"nt:stop:{notice.Id}");
        bot.Deliver(NoticeAdmin.Done(bot.NoticeOf(notice.Id)!, 1, 0, [], 1, bot.Now));

        var final = bot.NoticeOf(notice.Id)!;
        Assert.Equal((NoticeStatus.Cancelled, 1), (final.Status, final.Cancelled));
        Assert.NotNull(final.FinishedAt);
        Assert.Contains(Texts.NoticeStopped.Vi(Opening(notice), NoticeLabel.SentAt(notice, bot.Settings.TimeZone, Lang.Vi)), TextsTo(Stopper));
        // Nobody is left to read the final report, so none is written to anyone.
        var after = bot.Turns.Skip(before).SelectMany(t => t.Changes.Deliveries);
        Assert.DoesNotContain(after, d => d.To == Author || d.To == NoticeAdmin.System);
    }

    /// <summary>Decides a turn from the records as they are now, without storing anything.</summary>
    private Turn Decide(UserKey from, Inbound input)
    {
        var envelope = new InboundEnvelope($"in:{from}:{sent.Count}", from, input, bot.Now);
        var session = bot.Store.Find<Session>(from.ToString()) ?? Session.New(from, bot.Settings.DefaultLanguage);
        var turn = new Turn(envelope, session, bot.Store, bot.Settings, bot.Now);
        router.Handle(turn);
        return turn;
    }

    /// <summary>Stores a turn's outcome.</summary>
    private void Commit(Turn turn)
    {
        bot.Store.Apply(turn.Changes);
        sent.AddRange(turn.Changes.Deliveries);
    }

    /// <summary>Runs the turns' signals, each as a turn of its target.</summary>
    private void RunSignals(params Turn[] turns)
    {
        foreach (var signal in turns.SelectMany(t => t.Changes.Signals))
        {
            bot.Deliver(signal);
        }
    }

    private List<string> TextsTo(UserKey user) =>
        sent.Concat(bot.Deliveries()).Where(d => d.To == user).Select(d => d.Message).OfType<TextOut>().Select(t => t.Text.Value).ToList();
}
