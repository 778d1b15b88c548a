using Domain.Conversations;
using Domain.Notices;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

public sealed class WardReportJourneyTests
{
    [Fact]
    public void Opening_a_round_sends_each_unit_the_notice_with_the_report_button_as_a_broadcast()
    {
        var bot = Driver();

        var round = Open(bot);

        Assert.Equal([2021, 2022, 2023], round.Years);
        Assert.Equal(ReportingRound.DefaultUnits(ConversationDriver.Units), round.RequiredUnits);
        Assert.Equal(Meetings.Deadline, round.Deadline);
        var notice = Assert.Single(bot.Store.All<Notice>());
        Assert.Equal([Reporter.ToString(), OtherUnit.ToString()], notice.Recipients);
        var sent = bot.LastWithButtons(Reporter)!;
        Assert.Equal(new ReportStart(round.Id).Encode(), sent.Buttons[0][0].Data);
        Assert.Contains(bot.Audit, a => a.Action == "report.round.opened");
    }

    [Fact]
    public void A_report_with_two_pages_and_a_nomination_is_stored_with_exactly_its_figures()
    {
        var bot = Driver();
        var round = Open(bot);

        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        Assert.Equal(WardReportMachine.State.Review, bot.SessionOf(Reporter)!.Step<WardReportMachine.State>());
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));

        var content = ReportOf(bot, round)!.Current!.Content;
        Assert.Equal(2, content.Pages.Count);
        Assert.Equal(1250, content.Pages[0].Followers);
        Assert.Equal([10L, 20L, 30L], content.Pages[0].Posts);
        Assert.Equal(PagePlatform.ZaloOa, content.Pages[1].Platform);
        Assert.Equal("https://facebook.com/Zalo.Phường.8", Uri.UnescapeDataString(content.Pages[1].Url));
        Assert.Equal([4L, 5L, 6L], content.OpinionItems);
        Assert.Equal(7, content.FalseContent);
        Assert.Equal("Tập huấn kỹ năng", content.Proposals);
        var nomination = Assert.Single(content.Nominations);
        Assert.Equal(("Trần Văn Bình", NomineeKind.Person), (nomination.Name, nomination.Kind));
        Assert.Null(bot.SessionOf(Reporter)!.Flow);
        var sent = bot.Audit.Single(a => a.Action == "report.sent");
        Assert.Equal((Reporter, UnitReport.IdFor(round.Id, "P08"), (string?)null), (sent.By, sent.Subject, sent.Details));
    }

    [Theory]
    [InlineData("abc", nameof(Texts.NumberNotANumber))]
    [InlineData("-3", nameof(Texts.NumberNegative))]
    [InlineData("1,5", nameof(Texts.NumberNotWhole))]
    public void A_wrong_count_is_asked_again_with_its_reason(string typed, string reason)
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        bot.Press(Reporter, "Facebook");
        bot.Text(Reporter, "Trang");
        bot.Text(Reporter, "facebook.com/trang");
        bot.TextsTo(Reporter);

        bot.Text(Reporter, typed);

        var expected = ((Msg)typeof(Texts).GetField(reason)!.GetValue(null)!).Vi();
        Assert.Equal([expected, Texts.AskFollowers.Vi(1)], bot.TextsTo(Reporter));
        Assert.Equal(WardReportMachine.State.Followers, bot.SessionOf(Reporter)!.Step<WardReportMachine.State>());
        bot.Text(Reporter, "1,250");
        Assert.Equal("1250", bot.SessionOf(Reporter)!.Get(ReportDraft.Page(0, "followers")));
    }

    [Fact]
    public void A_wrong_link_is_asked_again()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        bot.Press(Reporter, Texts.WardPlatformWebsite.Plain(Lang.Vi));
        bot.Text(Reporter, "Cổng thông tin");
        bot.TextsTo(Reporter);

        bot.Text(Reporter, "javascript://x");

        Assert.Equal([Texts.UrlInvalid.Vi(), Texts.AskPageUrl.Vi(1)], bot.TextsTo(Reporter));
    }

    [Fact]
    public void Any_item_of_any_page_is_changed_from_the_review()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);

        bot.Press(Reporter, Texts.ReportEdit.Plain(Lang.Vi));
        bot.Press(Reporter, Texts.ItemPage.For(Lang.Vi, 2, "Zalo Phường 8").ToPlain());
        bot.Press(Reporter, Texts.FieldPosts.Plain(Lang.Vi));
        bot.Text(Reporter, "11");
        bot.Text(Reporter, "12");
        bot.Text(Reporter, "13");

        Assert.Equal(WardReportMachine.State.Review, bot.SessionOf(Reporter)!.Step<WardReportMachine.State>());
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        Assert.Equal([11L, 12L, 13L], ReportOf(bot, round)!.Current!.Content.Pages[1].Posts);
        Assert.Equal([10L, 20L, 30L], ReportOf(bot, round)!.Current!.Content.Pages[0].Posts);
    }

    [Fact]
    public void A_page_is_added_and_another_removed_before_sending()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);

        bot.Press(Reporter, Texts.AddPage.Plain(Lang.Vi));
        Page(bot, Reporter, "TikTok Phường 8", "90", ["0", "0", "9"], platform: "TikTok");
        bot.Press(Reporter, Texts.NoMorePages.Plain(Lang.Vi));
        bot.Press(Reporter, Texts.RemovePage.Plain(Lang.Vi));
        bot.Press(Reporter, Texts.ItemPage.For(Lang.Vi, 1, "MTTQ Phường 8").ToPlain());
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));

        Assert.Equal(["Zalo Phường 8", "TikTok Phường 8"], ReportOf(bot, round)!.Current!.Content.Pages.Select(p => p.Name));
        Assert.Equal([0L, 0L, 9L], ReportOf(bot, round)!.Current!.Content.Pages[1].Posts);
    }

    [Fact]
    public void A_sent_report_is_revised_from_the_review_and_every_version_is_kept()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));

        Start(bot, Reporter, round);
        Assert.Equal(WardReportMachine.State.Review, bot.SessionOf(Reporter)!.Step<WardReportMachine.State>());
        bot.Press(Reporter, Texts.ReportEdit.Plain(Lang.Vi));
        bot.Press(Reporter, Texts.ItemFalseContent.Plain(Lang.Vi));
        bot.Text(Reporter, "70");
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));

        var report = ReportOf(bot, round)!;
        Assert.Equal([7L, 70L], report.Versions.Select(v => v.Content.FalseContent));
    }

    [Fact]
    public void Cancelling_keeps_the_report_sent_before()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        Start(bot, Reporter, round);

        bot.Press(Reporter, Texts.ReportCancel.Plain(Lang.Vi));

        Assert.Single(ReportOf(bot, round)!.Versions);
        Assert.Null(bot.SessionOf(Reporter)!.Flow);
    }
}
