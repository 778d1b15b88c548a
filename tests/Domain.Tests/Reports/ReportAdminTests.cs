using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

public sealed class ReportAdminTests
{
    private static ReportingRound Sent(ConversationDriver bot)
    {
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        return round;
    }

    [Fact]
    public void Progress_shows_sent_drafting_and_not_started_units()
    {
        var bot = Driver();
        var round = Sent(bot);
        Start(bot, OtherUnit, round);
        bot.Press(OtherUnit, "Facebook");
        bot.TextsTo(ConversationDriver.Organizer);

        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Progress, round.Id).Encode());

        var text = bot.TextsTo(ConversationDriver.Organizer).Single();
        Assert.Contains(Texts.ReportUnitSent.Vi("Phường 8", Meetings.When(bot.Now)), text, StringComparison.Ordinal);
        Assert.Contains(Texts.ReportUnitDrafting.Vi("Phường 9"), text, StringComparison.Ordinal);
        Assert.Contains(Texts.ReportUnitNotStarted.Vi("Phường 1"), text, StringComparison.Ordinal);
        Assert.Contains(Texts.ReportProgressTotal.Vi(1, 15), text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reminder_goes_only_to_units_that_have_not_sent()
    {
        var bot = Driver();
        var round = Sent(bot);
        bot.Replies(Reporter);
        bot.Replies(OtherUnit);

        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Remind, round.Id).Encode());

        Assert.Empty(bot.Replies(Reporter));
        var reminder = bot.TextsTo(OtherUnit).Single();
        Assert.Equal(Texts.ReportReminder.Vi("Phường 9", RoundNames.Label(bot.Store, round, bot.Settings.TimeZone, Lang.Vi), Meetings.When(round.Deadline)), reminder);
        Assert.Contains($"({RoundNames.Period(round)})", reminder, StringComparison.Ordinal);
        Assert.Equal(2, bot.Store.All<Notice>().Count);
        Assert.Contains(bot.Audit, a => a.Action == "report.reminded");
    }

    [Fact]
    public void The_automatic_reminder_is_due_once_before_the_deadline()
    {
        var bot = Driver();
        var round = Sent(bot);
        bot.Now = round.Deadline - bot.Settings.Reminders.BeforeDeadline + TimeSpan.FromMinutes(1);
        bot.Replies(OtherUnit);

        var due = Assert.Single(ReportReminders.Due(bot.Store, bot.Settings.Reminders, bot.Now));
        bot.Send(Reminders.System, ReportReminders.Signal(due, bot.Now).Event);
        bot.Send(Reminders.System, ReportReminders.Signal(due, bot.Now).Event);

        Assert.Single(bot.TextsTo(OtherUnit));
        Assert.Empty(ReportReminders.Due(bot.Store, bot.Settings.Reminders, bot.Now));
        Assert.Empty(ReportReminders.Due(bot.Store, bot.Settings.Reminders, round.Deadline.AddMinutes(1)));
    }

    [Fact]
    public void The_summary_holds_the_sent_figures_and_names_the_units_that_did_not_report()
    {
        var bot = Driver();
        var round = Sent(bot);

        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Summary, round.Id).Encode());

        var summary = Assert.Single(bot.WardReportFiles.Summaries);
        Assert.Equal(1550, summary.Totals.Followers);
        Assert.Equal([11L, 22L, 33L], summary.Totals.Posts);
        Assert.Equal(14, summary.Missing.Count());
        var files = bot.Replies(ConversationDriver.Organizer);
        Assert.Equal(3, files.OfType<DocumentOut>().Count());
        Assert.Single(files.OfType<PhotoOut>());
    }

    [Fact]
    public void An_accepted_member_nominee_receives_the_invitation()
    {
        var bot = Driver();
        var round = Sent(bot);
        bot.Replies(OtherUnit);

        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Nominations, round.Id).Encode());
        bot.Press(ConversationDriver.Organizer, Texts.NominationAccept.For(Lang.Vi, 1).ToPlain());

        Assert.Contains(bot.TextsTo(OtherUnit), t => t.Contains(Meetings.Title, StringComparison.Ordinal) && t.Contains("Kính mời Đồng chí", StringComparison.Ordinal));
        Assert.True(ReportOf(bot, round)!.Current!.Content.Nominations[0].Accepted);
        Assert.Equal(Texts.NominationAcceptedMember.Vi("Trần Văn Bình", Meetings.Title), bot.TextsTo(ConversationDriver.Organizer)[^1]);
    }

    [Fact]
    public void Accepting_typed_as_a_number_first_names_the_nominee()
    {
        var bot = Driver();
        var round = Sent(bot);
        bot.TextsTo(ConversationDriver.Organizer);
        var accept = new ReportAdminPress(ReportAdminPress.Accept, round.Id, "P08", "0").Encode();

        bot.Send(ConversationDriver.Organizer, new ButtonIn(accept, null, 1));

        Assert.Equal([Texts.NominationWillInviteMember.Vi("Trần Văn Bình", "Phường 9", "Trần Văn Bình", "Phường 9")], bot.TextsTo(ConversationDriver.Organizer));
        Assert.False(ReportOf(bot, round)!.Current!.Content.Nominations[0].Accepted);
    }

    [Fact]
    public void The_nominations_list_marks_accepted_lines_only()
    {
        var bot = Driver();
        var round = Sent(bot);
        bot.TextsTo(ConversationDriver.Organizer);
        var list = new ReportAdminPress(ReportAdminPress.Nominations, round.Id).Encode();

        bot.PressData(ConversationDriver.Organizer, list);
        Assert.Contains("1. Trần Văn Bình (", bot.TextsTo(ConversationDriver.Organizer)[0], StringComparison.Ordinal);
        bot.Press(ConversationDriver.Organizer, Texts.NominationAccept.For(Lang.Vi, 1).ToPlain());
        bot.TextsTo(ConversationDriver.Organizer);
        bot.PressData(ConversationDriver.Organizer, list);

        var mark = Texts.NominationAcceptedMark.Plain(Lang.Vi);
        Assert.Contains($"1. {mark} Trần Văn Bình (", bot.TextsTo(ConversationDriver.Organizer)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Erasing_the_reporter_keeps_the_units_report_without_their_name()
    {
        var bot = Driver();
        var round = Sent(bot);
        bot.Command(OtherUnit, "/xoadulieu");
        bot.Press(OtherUnit, bot.LastWithButtons(OtherUnit)!.Buttons[0][0].Label);
        bot.Command(Reporter, "/xoadulieu");
        bot.Press(Reporter, bot.LastWithButtons(Reporter)!.Buttons[0][0].Label);

        var report = ReportOf(bot, round)!;
        Assert.Equal(1250, report.Current!.Content.Pages[0].Followers);
        Assert.Equal(PersonalDataEraser.Erased, report.Current.ConfirmedBy);
        Assert.Equal(PersonalDataEraser.Erased, report.StartedBy);
        Assert.Equal(Texts.ErasedName.Vi, report.Current.Content.Nominations[0].Name);
        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Nominations, round.Id).Encode());
        Assert.Equal(Texts.ErasedName.Vi, bot.WardReportFiles.NominationLists[^1][0].NominatedBy);
    }

    [Fact]
    public void The_report_machines_diagram_is_generated_from_the_machine()
    {
        var diagram = WardReportMachine.Diagram();

        Assert.Contains("Review --> Sent : Send", diagram, StringComparison.Ordinal);
        Assert.Contains("Posts --> Posts", diagram, StringComparison.Ordinal);
    }
}
