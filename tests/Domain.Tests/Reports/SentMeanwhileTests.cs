using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>
/// Two members of a unit without a coordinator: Hoa begins a draft, Lan sends the unit's report,
/// then Hoa takes her draft up again. She is told who sent it and when, may start from it, and is
/// warned at the review; Lan hears when her version is replaced. Every version is kept.
/// </summary>
public sealed class SentMeanwhileTests
{
    private static readonly UserKey Hoa = People.Carol;

    /// <summary>Hoa answers the platform and the page's name; Lan then sends a one-page report an hour later.</summary>
    private static ReportingRound HoaBeganThenLanSent(ConversationDriver bot)
    {
        Meetings.AddMember(bot, Hoa, "Nguyễn Thị Hoa", "P08", "+84912345670");
        var round = Open(bot);
        Start(bot, Hoa, round);
        bot.Press(Hoa, "Facebook");
        bot.Text(Hoa, "Trang của Hoa");
        bot.Now = bot.Now.AddHours(1);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        bot.TextsTo(Hoa);
        bot.TextsTo(Reporter);
        return round;
    }

    private static string LanSentAt(ConversationDriver bot, ReportingRound round) => Meetings.When(ReportOf(bot, round)!.Versions[0].ConfirmedAt);

    [Fact]
    public void Taking_up_a_draft_older_than_the_sent_version_names_who_sent_it_and_offers_to_start_from_it_first()
    {
        var bot = Driver();
        var round = HoaBeganThenLanSent(bot);

        Start(bot, Hoa, round);

        Assert.Equal([Texts.ReportSentMeanwhile.Vi("Lê Thị Lan", "Phường 8", LanSentAt(bot, round))], bot.TextsTo(Hoa));
        Assert.Equal(
            [Texts.ReportUseSentVersion.Plain(Lang.Vi), Texts.ReportKeepDraft.Plain(Lang.Vi)],
            bot.LastWithButtons(Hoa)!.Buttons.SelectMany(r => r).Select(b => b.Label));
    }

    [Fact]
    public void Starting_from_the_sent_version_shows_it_for_review_and_sending_builds_on_it_without_a_warning()
    {
        var bot = Driver();
        var round = HoaBeganThenLanSent(bot);
        Start(bot, Hoa, round);
        bot.TextsTo(Hoa);

        bot.Press(Hoa, Texts.ReportUseSentVersion.Plain(Lang.Vi));

        var review = bot.TextsTo(Hoa).Single();
        Assert.Contains("Zalo Phường 8", review, StringComparison.Ordinal);
        Assert.DoesNotContain("Trang của Hoa", review, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts.ReportReplacesVersion.Vi("Lê Thị Lan", LanSentAt(bot, round)), review, StringComparison.Ordinal);
        bot.Press(Hoa, Texts.WardReportSend.Plain(Lang.Vi));
        var report = ReportOf(bot, round)!;
        Assert.Equal(2, report.Versions.Count);
        Assert.Equal(ReportText.Describe(report.Versions[0].Content, round.Years, Lang.Vi), ReportText.Describe(report.Versions[1].Content, round.Years, Lang.Vi));
        Assert.Equal(Hoa.ToString(), report.Versions[1].ConfirmedBy);
    }

    [Fact]
    public void Keeping_the_draft_goes_on_at_its_question_then_the_review_warns_and_lan_is_told_when_it_replaces_hers()
    {
        var bot = Driver();
        var round = HoaBeganThenLanSent(bot);
        Start(bot, Hoa, round);
        bot.TextsTo(Hoa);
        var sentAt = LanSentAt(bot, round);

        bot.Press(Hoa, Texts.ReportKeepDraft.Plain(Lang.Vi));
        Assert.Equal([Texts.ReportResumed.Vi(), Texts.AskPageUrl.Vi(1)], bot.TextsTo(Hoa));
        bot.Text(Hoa, "facebook.com/tranghoa");
        foreach (var answer in new[] { "100", "1", "2", "3", "1", "0" })
        {
            bot.Text(Hoa, answer);
        }

        bot.Press(Hoa, Texts.NoMorePages.Plain(Lang.Vi));
        foreach (var answer in new[] { "1", "1", "1", "0", "Không", "Không" })
        {
            bot.Text(Hoa, answer);
        }

        bot.TextsTo(Hoa);
        bot.Press(Hoa, Texts.NominationsDone.Plain(Lang.Vi));
        Assert.EndsWith(Texts.ReportReplacesVersion.Vi("Lê Thị Lan", sentAt), bot.TextsTo(Hoa).Single(), StringComparison.Ordinal);

        bot.Press(Hoa, Texts.WardReportSend.Plain(Lang.Vi));

        var report = ReportOf(bot, round)!;
        Assert.Equal(["Zalo Phường 8", "Trang của Hoa"], report.Versions.Select(v => v.Content.Pages[^1].Name));
        Assert.Equal([Texts.ReportVersionReplaced.Vi("Nguyễn Thị Hoa", "Phường 8", 2, sentAt)], bot.TextsTo(Reporter));
    }

    [Fact]
    public void The_question_is_asked_once_per_version_and_a_text_or_another_button_while_it_waits_asks_it_again()
    {
        var bot = Driver();
        var round = HoaBeganThenLanSent(bot);
        Start(bot, Hoa, round);
        var offer = Texts.ReportSentMeanwhile.Vi("Lê Thị Lan", "Phường 8", LanSentAt(bot, round));
        bot.TextsTo(Hoa);

        bot.Text(Hoa, "facebook.com/tranghoa");
        Assert.Equal([Texts.UseButtons.Vi(), offer], bot.TextsTo(Hoa));
        Assert.Null(bot.SessionOf(Hoa)!.Get(ReportDraft.Page(0, "url")));
        bot.PressData(Hoa, new ReportPress(ReportPress.AddPage).Encode(bot.SessionOf(Hoa)!.Get(ReportDraft.NonceKey)!));
        Assert.Equal([offer], bot.TextsTo(Hoa));

        bot.Press(Hoa, Texts.ReportKeepDraft.Plain(Lang.Vi));
        bot.TextsTo(Hoa);
        Start(bot, Hoa, round);
        Assert.Equal([Texts.ReportResumed.Vi(), Texts.AskPageUrl.Vi(1)], bot.TextsTo(Hoa));
    }

    [Fact]
    public void The_offers_buttons_pressed_when_nothing_was_asked_or_from_an_old_conversation_change_nothing()
    {
        var bot = Driver();
        var round = HoaBeganThenLanSent(bot);
        var nonce = bot.SessionOf(Hoa)!.Get(ReportDraft.NonceKey)!;

        bot.PressData(Hoa, new ReportPress(ReportPress.UseSent).Encode(nonce));
        bot.PressData(Hoa, new ReportPress(ReportPress.UseSent).Encode("000000"));

        Assert.All(bot.TextsTo(Hoa), t => Assert.Equal(Texts.ButtonExpired.Vi(), t));
        Assert.Equal("Trang của Hoa", bot.SessionOf(Hoa)!.Get(ReportDraft.Page(0, "name")));
        Assert.Single(ReportOf(bot, round)!.Versions);
    }

    [Fact]
    public void A_member_of_another_unit_or_a_stranger_pressing_the_offers_buttons_with_the_right_nonce_changes_nothing()
    {
        var bot = Driver();
        var round = HoaBeganThenLanSent(bot);
        Start(bot, Hoa, round);
        var nonce = bot.SessionOf(Hoa)!.Get(ReportDraft.NonceKey)!;

        foreach (var user in new[] { OtherUnit, Stranger })
        {
            bot.TextsTo(user);
            bot.PressData(user, new ReportPress(ReportPress.UseSent).Encode(nonce));
            bot.PressData(user, new ReportPress(ReportPress.KeepDraft).Encode(nonce));
            Assert.All(bot.TextsTo(user), t => Assert.Equal(Texts.ButtonExpired.Vi(), t));
        }

        Assert.True(SentMeanwhile.Offered(bot.SessionOf(Hoa)!));
        Assert.Equal("Trang của Hoa", bot.SessionOf(Hoa)!.Get(ReportDraft.Page(0, "name")));
        Assert.Single(ReportOf(bot, round)!.Versions);
    }

    [Fact]
    public void Revising_ones_own_sent_version_or_a_fresh_start_after_it_asks_nothing_and_tells_nobody()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        bot.TextsTo(Reporter);

        Start(bot, Reporter, round);
        var review = bot.TextsTo(Reporter).Single();
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));

        Assert.DoesNotContain("⚠️", review, StringComparison.Ordinal);
        Assert.Equal([Texts.ReportSent.Vi("Phường 8", 2, Meetings.When(round.Deadline))], bot.TextsTo(Reporter));
    }
}
