using Domain.Members;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

public sealed class ReportAccessTests
{
    [Fact]
    public void A_plain_member_of_a_unit_with_a_coordinator_cannot_report()
    {
        var bot = Driver();
        Meetings.AddMember(bot, People.Carol, "Phạm Thị Cúc", "P09", "+84912345670");
        bot.Store.Put(new RoleGrant(People.Carol.ToString(), Role.Coordinator, ConversationDriver.Organizer.ToString(), bot.Now));
        var round = Open(bot);
        bot.TextsTo(OtherUnit);

        Start(bot, OtherUnit, round);

        Assert.Equal([Texts.ReportNotReporter.Vi()], bot.TextsTo(OtherUnit));
        Assert.Null(ReportOf(bot, round, "P09"));
        Start(bot, People.Carol, round);
        Assert.Equal("P09", bot.SessionOf(People.Carol)!.Get(ReportDraft.UnitKey));
    }

    [Fact]
    public void A_member_of_another_unit_only_ever_reaches_their_own_units_report()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);

        Start(bot, OtherUnit, round);

        Assert.Equal("P09", bot.SessionOf(OtherUnit)!.Get(ReportDraft.UnitKey));
        Assert.DoesNotContain(bot.TextsTo(OtherUnit), t => t.Contains("MTTQ Phường 8", StringComparison.Ordinal));
        var nonce = bot.SessionOf(Reporter)!.Get(ReportDraft.NonceKey)!;
        bot.PressData(OtherUnit, new ReportPress(ReportPress.Send).Encode(nonce));
        Assert.Null(ReportOf(bot, round, "P08")?.Current);
        Assert.Equal(Texts.ButtonExpired.Vi(), bot.TextsTo(OtherUnit)[^1]);
    }

    [Fact]
    public void A_stranger_cannot_start_a_report_nor_open_the_menu()
    {
        var bot = Driver();
        var round = Open(bot);

        Start(bot, Stranger, round);
        bot.Command(Stranger, "/baocao");

        // The menu tells a stranger to register first, as every other command does.
        Assert.Equal([Texts.ReportNotReporter.Vi(), Texts.NotRegistered.Vi()], bot.TextsTo(Stranger));
        Assert.Null(bot.SessionOf(Stranger)!.Flow);
    }

    [Fact]
    public void A_non_organizer_cannot_use_the_organizers_buttons()
    {
        var bot = Driver();
        var round = Open(bot);

        foreach (var verb in new[] { ReportAdminPress.Progress, ReportAdminPress.Summary, ReportAdminPress.Remind, ReportAdminPress.Nominations })
        {
            bot.PressData(Reporter, new ReportAdminPress(verb, round.Id).Encode());
        }

        bot.PressData(Reporter, new ReportAdminPress(ReportAdminPress.Open).Encode());
        Assert.All(bot.TextsTo(Reporter).Skip(1), t => Assert.Equal(Texts.NotAllowed.Vi(), t));
        Assert.Empty(bot.WardReportFiles.Summaries);
        Assert.Single(bot.Store.All<ReportingRound>());
    }

    [Fact]
    public void After_the_deadline_a_stale_button_changes_nothing_and_the_report_is_read_only()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        Start(bot, Reporter, round);
        bot.Now = round.Deadline.AddMinutes(1);
        bot.TextsTo(Reporter);

        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        Start(bot, Reporter, round);

        var texts = bot.TextsTo(Reporter);
        Assert.Equal(Texts.ReportClosed.Vi(Meetings.When(round.Deadline)), texts[0]);
        Assert.Contains(texts, t => t.StartsWith(Texts.ReportReadOnly.Vi("Phường 8", "x")[..20], StringComparison.Ordinal));
        Assert.Single(ReportOf(bot, round)!.Versions);
        Assert.Null(bot.SessionOf(Reporter)!.Flow);
    }

    [Fact]
    public void A_button_of_an_earlier_conversation_is_refused()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        var old = bot.LastWithButtons(Reporter)!.Buttons[0][0].Data;
        bot.Press(Reporter, "Facebook");
        bot.Text(Reporter, "/huy");
        Start(bot, Reporter, round);
        bot.TextsTo(Reporter);

        bot.PressData(Reporter, old);

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Reporter));
    }

    [Fact]
    public void Guessed_round_ids_and_forged_data_are_refused()
    {
        var bot = Driver();
        Open(bot);

        bot.PressData(Reporter, new ReportStart("rzzzzzz").Encode());
        bot.PressData(Reporter, "rp:go:");
        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Summary, "rzzzzzz").Encode());
        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Accept, "rzzzzzz", "P08", "99").Encode());

        Assert.All(bot.TextsTo(Reporter).Skip(1), t => Assert.True(t == Texts.ReportNotReporter.Vi() || t == Texts.ButtonExpired.Vi()));
        Assert.Empty(bot.WardReportFiles.Summaries);
        Assert.Empty(bot.Store.All<UnitReport>());
    }
}
