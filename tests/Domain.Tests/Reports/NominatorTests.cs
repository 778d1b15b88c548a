using Domain.Members;
using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>"Người gửi" of a nomination is whoever added it, not whoever sent the report's last version.</summary>
public sealed class NominatorTests
{
    [Fact]
    public void A_colleague_sending_the_report_again_does_not_become_the_nominator()
    {
        var bot = Driver();
        Meetings.AddMember(bot, People.Carol, "Phạm Thị Hoa", "P08", "+84912345670");
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));

        Start(bot, People.Carol, round);
        bot.Press(People.Carol, Texts.WardReportSend.Plain(Lang.Vi));
        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Nominations, round.Id).Encode());

        var report = ReportOf(bot, round)!;
        Assert.Equal((2, People.Carol.ToString()), (report.Versions.Count, report.Current!.ConfirmedBy));
        Assert.Equal(Reporter.ToString(), report.Current.Content.Nominations[0].NominatedBy);
        Assert.Equal("Lê Thị Lan", Assert.Single(bot.WardReportFiles.NominationLists[^1]).NominatedBy);
    }

    [Fact]
    public void A_new_nomination_is_its_senders_and_one_stored_without_a_nominator_keeps_the_old_reading()
    {
        Nomination Person(string name) => new() { Kind = NomineeKind.Person, Name = name, UnitName = "Phường 8", Achievement = "Viết bài" };
        var stored = new ReportVersion(new ReportContent { Nominations = [Person("Nguyễn Văn An")] }, "tg:old-sender", DateTimeOffset.UnixEpoch);
        var sent = ReportDraft.SentBy(new ReportContent { Nominations = [Person("nguyễn văn an "), Person("Lê Văn Mới")] }, "tg:new-sender");

        var carried = NominationDecisions.CarryOver(sent, stored);

        Assert.Equal(["tg:old-sender", "tg:new-sender"], carried.Nominations.Select(n => n.NominatedBy));
        var again = NominationDecisions.CarryOver(ReportDraft.SentBy(carried, "tg:third"), new ReportVersion(carried, "tg:new-sender", DateTimeOffset.UnixEpoch));
        Assert.Equal(["tg:old-sender", "tg:new-sender"], again.Nominations.Select(n => n.NominatedBy));
    }

    [Fact]
    public void A_nomination_stored_before_nominators_were_kept_names_the_versions_sender()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        FillTwoPages(bot, Reporter);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        var report = ReportOf(bot, round)!;
        var old = report.Current! with { Content = report.Current.Content with { Nominations = [.. report.Current.Content.Nominations.Select(n => n with { NominatedBy = null })] } };
        bot.Store.Put(report with { Versions = [old] });

        bot.PressData(ConversationDriver.Organizer, new ReportAdminPress(ReportAdminPress.Nominations, round.Id).Encode());

        Assert.Equal("Lê Thị Lan", Assert.Single(bot.WardReportFiles.NominationLists[^1]).NominatedBy);
    }
}
