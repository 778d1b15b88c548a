using Domain.ContentReports;
using Domain.Conversations;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.ContentReports.Reporting;

namespace Domain.Tests.ContentReports;

/// <summary>Reports are sensitive: who may send them, see them and change them, and what stale or forged presses do.</summary>
public sealed class ReportAttackTests
{
    private static readonly UserKey Stranger = new("tg", "666");
    private readonly ConversationDriver bot = Driver();

    [Fact]
    public void A_stranger_and_a_waiting_member_are_told_reports_are_for_approved_members()
    {
        Registering.Seed(bot, People.Carol, MemberStatus.Pending);
        foreach (var user in new[] { Stranger, People.Carol })
        {
            bot.Command(user, "/phananh");
            Assert.Equal([Texts.ReportMembersOnly.Vi()], bot.TextsTo(user));
            bot.PressData(user, new ReportBegin().Encode());
            Assert.Equal([Texts.ReportMembersOnly.Vi()], bot.TextsTo(user));
            Assert.Null(bot.SessionOf(user)?.Flow);
        }
    }

    [Theory]
    [InlineData("member")]
    [InlineData("coordinator")]
    public void A_plain_member_or_a_coordinator_cannot_change_see_or_export_reports_even_with_forged_data(string who)
    {
        var user = who == "member" ? People.Bob : Coordinator;
        var report = Send(bot, People.Alice);
        bot.TextsTo(user);

        foreach (var data in new QueueButton[]
        {
            new QueueSetStatus(report.Number, ReportStatus.NoAction), new QueueOpen(report.Number), new QueuePhotos(report.Number),
            new QueueList(ReportView.New, 0), new QueueExport(), new QueueOverview(),
        })
        {
            bot.PressData(user, data.Encode());
            Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(user));
        }

        bot.Command(user, "/phananh PA-0001");
        Assert.Equal([Texts.ReportNotFound.Vi("PA-0001")], bot.TextsTo(user));
        bot.Command(user, "/phananh");
        Assert.DoesNotContain(bot.TextsTo(user), t => t.Contains(Description, StringComparison.Ordinal));
        Assert.Equal(ReportStatus.New, bot.Store.Find<ContentReport>(report.Id)!.Status);
        Assert.Empty(bot.ReportFiles.Exported);
        Assert.DoesNotContain(bot.Audit, a => a.Action == "report.status");
    }

    [Fact]
    public void A_guessed_reference_is_answered_as_one_that_does_not_exist()
    {
        Send(bot, People.Alice);
        bot.Command(People.Bob, "/phananh PA-0001");
        bot.Command(People.Bob, "/phananh PA-0002");
        Assert.Equal([Texts.ReportNotFound.Vi("PA-0001"), Texts.ReportNotFound.Vi("PA-0002")], bot.TextsTo(People.Bob));

        bot.TextsTo(People.Alice);
        bot.Command(People.Alice, "/phananh pa-1");
        Assert.Contains(Description, bot.TextsTo(People.Alice).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_forged_status_signal_to_the_desk_from_a_member_changes_nothing()
    {
        var report = Send(bot, People.Alice);
        bot.Send(ReportDesk.Key, new SignalIn(ReportDecisions.SignalName, People.Bob, ReportDecisions.Args(report.Id, ReportStatus.NoAction, "x")));
        bot.Send(ReportDesk.Key, new SignalIn(ReportFiling.SignalName, Stranger, new ReportSubmission(Link, [], ReportPlatform.Facebook, Description, null).Write()));

        Assert.Equal(ReportStatus.New, bot.Store.Find<ContentReport>(report.Id)!.Status);
        Assert.Single(bot.Store.All<ContentReport>());
    }

    [Fact]
    public void A_closed_reports_old_card_button_changes_nothing()
    {
        var report = Send(bot, People.Alice);
        Decide(bot, ConversationDriver.Organizer, report, ReportStatus.NoAction);
        bot.TextsTo(ConversationDriver.Organizer);
        bot.TextsTo(People.Alice);

        bot.PressData(ConversationDriver.Organizer, new QueueSetStatus(report.Number, ReportStatus.Rebutted).Encode());

        Assert.Equal([Texts.ReportAlreadyClosed.Vi("PA-0001", Texts.ReportStatusNoAction.Plain(Lang.Vi))], bot.TextsTo(ConversationDriver.Organizer));
        Assert.Empty(bot.TextsTo(People.Alice));
        Assert.Equal(ReportStatus.NoAction, bot.Store.Find<ContentReport>(report.Id)!.Status);
    }

    [Fact]
    public void A_button_of_an_earlier_conversation_or_a_second_send_files_nothing_more()
    {
        bot.Command(People.Alice, "/phananh");
        var oldNonce = bot.SessionOf(People.Alice)!.Get(ReportActions.NonceKey)!;
        Send(bot, People.Alice);
        var send = bot.AllSentTo(People.Alice).OfType<TextOut>().SelectMany(t => t.AllButtons()).Last(b => b.Label == Texts.ReportSend.Plain(Lang.Vi));
        bot.TextsTo(People.Alice);

        bot.PressData(People.Alice, send.Data);
        bot.PressData(People.Alice, new ReportStep(oldNonce, ReportVerb.Continue).Encode());

        Assert.Equal([Texts.ButtonExpired.Vi(), Texts.ButtonExpired.Vi()], bot.TextsTo(People.Alice));
        Assert.Single(bot.Store.All<ContentReport>());
    }

    [Fact]
    public void A_typed_status_choice_is_confirmed_before_anything_changes()
    {
        var report = Send(bot, People.Alice);
        bot.Send(ConversationDriver.Organizer, new ButtonIn(new QueueSetStatus(report.Number, ReportStatus.Forwarded).Encode(), null, 1));

        Assert.Equal(Texts.ReportConfirmStatus.Vi("PA-0001", Texts.ReportStatusForwarded.Plain(Lang.Vi)), Last(bot, ConversationDriver.Organizer).Text.Value);
        Assert.Null(bot.SessionOf(ConversationDriver.Organizer)?.Flow);
        bot.Press(ConversationDriver.Organizer, Texts.ConfirmGo.Plain(Lang.Vi));
        Assert.Equal(ReportNoteFlow.FlowName, bot.SessionOf(ConversationDriver.Organizer)?.Flow);
        bot.Press(ConversationDriver.Organizer, Texts.ReportNoNote.Plain(Lang.Vi));
        Assert.Equal(ReportStatus.Forwarded, bot.Store.Find<ContentReport>(report.Id)!.Status);
    }

    [Fact]
    public void Erasing_the_reporter_keeps_the_report_without_who_sent_it()
    {
        var report = Send(bot, People.Alice);
        bot.Command(People.Alice, "/xoadulieu");
        bot.Press(People.Alice, Texts.EraseYes.Plain(Lang.Vi));

        var kept = bot.Store.Find<ContentReport>(report.Id)!;
        Assert.Equal((PersonalDataEraser.Erased, Description, Link), (kept.ReporterId, kept.Description, kept.Link));
        bot.Command(ConversationDriver.Organizer, "/phananh PA-0001");
        Assert.Contains(Texts.ReportErasedReporter.Plain(Lang.Vi), Last(bot, ConversationDriver.Organizer).Text.Value, StringComparison.Ordinal);
        Decide(bot, ConversationDriver.Organizer, kept, ReportStatus.InProgress);
        Assert.Contains(Texts.ReportStatusDone.Vi("PA-0001", Texts.ReportStatusInProgress.Plain(Lang.Vi), 0), bot.TextsTo(ConversationDriver.Organizer));
        Assert.DoesNotContain(bot.AllSentTo(People.Alice).OfType<TextOut>(), t => t.Text.Value.Contains(Texts.ReportStatusInProgress.Plain(Lang.Vi), StringComparison.Ordinal));
    }

    [Fact]
    public void A_restart_mid_conversation_continues_at_the_same_step()
    {
        bot.Command(People.Alice, "/phananh");
        bot.Text(People.Alice, Link);
        bot.Press(People.Alice, Texts.ReportContinue.Plain(Lang.Vi));

        var restarted = new ConversationDriver(bot.Settings, bot.Store);
        Assert.Equal(ReportMachine.State.Description, Step(restarted, People.Alice));
        restarted.Text(People.Alice, Description);
        Assert.Equal(ReportMachine.State.Place, Step(restarted, People.Alice));
        restarted.Press(People.Alice, new ReportStep(restarted.SessionOf(People.Alice)!.Get(ReportActions.NonceKey)!, ReportVerb.SkipPlace).Encode());
        restarted.Press(People.Alice, Texts.ReportSend.Plain(Lang.Vi));
        Assert.Equal(Link, Assert.Single(restarted.Store.All<ContentReport>()).Link);
    }
}
