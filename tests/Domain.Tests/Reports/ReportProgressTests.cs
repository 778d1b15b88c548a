using Domain.Conversations.Basics;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>"Drafting" only while someone has a report of the unit in progress; after the deadline, units that sent nothing read as not sent.</summary>
public sealed class ReportProgressTests
{
    private static string Progress(ConversationDriver bot, ReportingRound round)
    {
        bot.TextsTo(ConversationDriver.Organizer);
        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Progress, round.Id).Encode());
        return bot.TextsTo(ConversationDriver.Organizer).Single();
    }

    [Fact]
    public void Pressing_the_button_without_answering_stores_nothing_and_the_unit_has_not_started()
    {
        var bot = Driver();
        var round = Open(bot);

        Start(bot, Reporter, round);

        Assert.Null(ReportOf(bot, round));
        Assert.Contains(Texts.ReportUnitNotStarted.Vi("Phường 8"), Progress(bot, round), StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_is_drafting_while_its_report_is_in_progress_or_set_aside_and_no_longer_after_cancelling()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        bot.Press(Reporter, "Facebook");
        Assert.Contains(Texts.ReportUnitDrafting.Vi("Phường 8"), Progress(bot, round), StringComparison.Ordinal);

        bot.Command(Reporter, "/hoso");
        Assert.Contains(Texts.ReportUnitDrafting.Vi("Phường 8"), Progress(bot, round), StringComparison.Ordinal);

        Start(bot, Reporter, round);
        bot.Text(Reporter, "Hủy");
        var text = Progress(bot, round);
        Assert.Contains(Texts.ReportUnitNotStarted.Vi("Phường 8"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts.ReportUnitDrafting.Vi("Phường 8"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_deadline_a_unit_that_never_sent_reads_as_not_sent_even_mid_draft()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        bot.Press(Reporter, "Facebook");
        bot.Now = round.Deadline.AddMinutes(1);

        var text = Progress(bot, round);

        Assert.Contains(Texts.ReportUnitMissed.Vi("Phường 8"), text, StringComparison.Ordinal);
        Assert.Contains(Texts.ReportUnitMissed.Vi("Phường 1"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts.ReportUnitDrafting.Vi("Phường 8"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts.ReportUnitNotStarted.Vi("Phường 1"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_progress_header_names_the_deadline_without_brackets_in_brackets()
    {
        var bot = Driver();
        var round = Open(bot);

        var header = Progress(bot, round).Split('\n')[..2];

        Assert.Equal(Texts.ReportProgressHeader.Vi(Texts.RoundLabel.Vi(Meetings.Sample().Label, "2021–2023"), Meetings.When(round.Deadline)).Split('\n'), header);
        Assert.DoesNotContain("))", string.Join('\n', header), StringComparison.Ordinal);
    }

    [Fact]
    public void The_reminder_result_names_the_units_nobody_receives_it_for()
    {
        var bot = Driver();
        var round = Open(bot);
        bot.TextsTo(ConversationDriver.Organizer);

        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Remind, round.Id).Encode());

        var nobody = round.RequiredUnits.Where(c => c is not "P08" and not "P09").Select(ConversationDriver.Units.NameOf).ToList();
        Assert.Contains(
            Texts.ReportRemindSentWithout.Vi(2, 2, nobody.Count, string.Join(", ", nobody)),
            bot.TextsTo(ConversationDriver.Organizer));
    }

    [Fact]
    public void An_organizer_outside_the_unit_is_refused_and_the_refusal_says_organizers_follow_the_progress()
    {
        var bot = Driver();
        var round = Open(bot);
        bot.TextsTo(ConversationDriver.Organizer);

        Start(bot, ConversationDriver.Organizer, round);

        Assert.Equal([Texts.ReportNotReporter.Vi()], bot.TextsTo(ConversationDriver.Organizer));
        Assert.Contains("/baocao", Texts.ReportNotReporter.Vi(), StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_deadline_baocao_offers_only_to_view_the_report()
    {
        var bot = Driver();
        var round = Open(bot);
        bot.Now = round.Deadline.AddMinutes(1);

        bot.Command(Reporter, "/baocao");
        var buttons = bot.LastWithButtons(Reporter)!.Buttons.SelectMany(r => r).ToList();

        var button = Assert.Single(buttons);
        Assert.Equal(Texts.ReportViewButton.Plain(Lang.Vi), button.Label);
        bot.TextsTo(Reporter);
        bot.Press(Reporter, button.Data);
        Assert.Equal([Texts.ReportClosed.Vi(Meetings.When(round.Deadline)), Texts.ReportNeverSent.Vi("Phường 8")], bot.TextsTo(Reporter));
    }

    [Fact]
    public void Help_lists_baocao_in_the_organizers_part()
    {
        var bot = Driver();

        bot.Command(ConversationDriver.Organizer, "/help");

        var help = bot.TextsTo(ConversationDriver.Organizer).Single();
        var organizers = help[help.IndexOf(Texts.HelpOrganizerHeader.Vi(), StringComparison.Ordinal)..];
        Assert.Contains("/baocao – " + Texts.ReportMenuOrganizers.Plain(Lang.Vi), organizers, StringComparison.Ordinal);
        Assert.Contains(CommandMenu.Entries, e => e.Command == "baocao" && !e.OrganizersOnly);
    }
}
