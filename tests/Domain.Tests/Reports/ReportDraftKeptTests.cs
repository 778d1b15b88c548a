using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>A report in progress survives a second 📝, a command in the middle and a restart; /huy drops it.</summary>
public sealed class ReportDraftKeptTests
{
    /// <summary>📝, Facebook, the page's name: the report waits for the link.</summary>
    private static ReportingRound Begun(ConversationDriver bot)
    {
        var round = Open(bot);
        Start(bot, Reporter, round);
        bot.Press(Reporter, "Facebook");
        bot.Text(Reporter, "Trang Hoa");
        bot.TextsTo(Reporter);
        return round;
    }

    private static void AssertKeptAtTheLink(ConversationDriver bot, IReadOnlyList<string> texts)
    {
        Assert.Equal([Texts.ReportResumed.Vi(), Texts.AskPageUrl.Vi(1)], texts);
        var session = bot.SessionOf(Reporter)!;
        Assert.Equal(WardReportFlow.FlowName, session.Flow);
        Assert.Equal(WardReportMachine.State.PageUrl, session.Step<WardReportMachine.State>());
        Assert.Equal(nameof(PagePlatform.Facebook), session.Get(ReportDraft.Page(0, "platform")));
        Assert.Equal("Trang Hoa", session.Get(ReportDraft.Page(0, "name")));
    }

    [Fact]
    public void Pressing_the_notices_button_again_mid_draft_repeats_the_current_question()
    {
        var bot = Driver();
        var round = Begun(bot);

        Start(bot, Reporter, round);

        AssertKeptAtTheLink(bot, bot.TextsTo(Reporter));
    }

    [Fact]
    public void A_command_in_the_middle_sets_the_report_aside_and_the_button_in_baocao_takes_it_up_again()
    {
        var bot = Driver();
        Begun(bot);

        bot.Command(Reporter, "/hoso");
        Assert.Null(bot.SessionOf(Reporter)!.Flow);
        bot.Command(Reporter, "/baocao");
        bot.TextsTo(Reporter);
        bot.Press(Reporter, Texts.ReportButton.Plain(Lang.Vi));

        AssertKeptAtTheLink(bot, bot.TextsTo(Reporter));
        Assert.Null(bot.SessionOf(Reporter)!.Parked);
        bot.Text(Reporter, "facebook.com/tranghoa");
        Assert.Equal(WardReportMachine.State.Followers, bot.SessionOf(Reporter)!.Step<WardReportMachine.State>());
    }

    [Fact]
    public void After_a_restart_the_report_set_aside_goes_on_where_it_was()
    {
        var bot = Driver();
        var round = Begun(bot);
        bot.Command(Reporter, "/hoso");

        var restarted = new ConversationDriver(bot.Settings, bot.Store) { Now = bot.Now };
        restarted.PressData(Reporter, new ReportStart(round.Id).Encode());

        Assert.Equal([Texts.ReportResumed.Vi(), Texts.AskPageUrl.Vi(1)], restarted.TextsTo(Reporter));
        Assert.Equal("Trang Hoa", restarted.SessionOf(Reporter)!.Get(ReportDraft.Page(0, "name")));
    }

    [Fact]
    public void Cancelling_drops_the_draft_and_the_next_press_starts_afresh()
    {
        var bot = Driver();
        var round = Begun(bot);

        bot.Command(Reporter, "/huy");
        Start(bot, Reporter, round);

        var texts = bot.TextsTo(Reporter);
        Assert.Equal(Texts.Cancelled.Vi(), texts[0]);
        Assert.StartsWith(Texts.ReportStart.Vi("Phường 8", 2021, 2023, Meetings.When(round.Deadline))[..30], texts[1], StringComparison.Ordinal);
        Assert.Equal(Texts.AskPlatform.Vi(1), texts[^1]);
        Assert.Null(bot.SessionOf(Reporter)!.Get(ReportDraft.Page(0, "name")));
    }

    [Fact]
    public void Another_rounds_report_mid_draft_is_set_aside_not_lost()
    {
        var bot = Driver();
        var first = Begun(bot);
        var second = first with { Id = "r2nd" };
        bot.Store.Put(second);

        Start(bot, Reporter, second);
        Assert.Equal(second.Id, bot.SessionOf(Reporter)!.Get(ReportDraft.RoundKey));
        bot.Press(Reporter, "Zalo OA");
        bot.TextsTo(Reporter);
        Start(bot, Reporter, first);

        AssertKeptAtTheLink(bot, bot.TextsTo(Reporter));
        Start(bot, Reporter, second);
        Assert.Equal([Texts.ReportResumed.Vi(), Texts.AskPageName.Vi(1)], bot.TextsTo(Reporter));
        Assert.Equal(nameof(PagePlatform.ZaloOa), bot.SessionOf(Reporter)!.Get(ReportDraft.Page(0, "platform")));
    }

    [Fact]
    public void After_the_deadline_a_draft_set_aside_goes_and_the_unit_hears_it_sent_nothing()
    {
        var bot = Driver();
        var round = Begun(bot);
        bot.Command(Reporter, "/hoso");
        bot.Now = round.Deadline.AddMinutes(1);
        bot.TextsTo(Reporter);

        Start(bot, Reporter, round);

        Assert.Equal([Texts.ReportClosed.Vi(Meetings.When(round.Deadline)), Texts.ReportNeverSent.Vi("Phường 8")], bot.TextsTo(Reporter));
        Assert.Null(bot.SessionOf(Reporter)!.Parked);
        Assert.Null(bot.SessionOf(Reporter)!.Flow);
    }
}
