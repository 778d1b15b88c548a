using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>A unit's difficulties and proposals that name a person who erases their data keep their words but not the name.</summary>
public sealed class ErasureInReportTextTests
{
    private static readonly string Erased = Texts.ErasedName.Vi;

    [Fact]
    public void The_name_however_spaced_cased_or_bracketed_is_replaced_and_a_longer_name_is_not()
    {
        var person = ErasedPerson.Of("salt", ["tg:1"], "Lê Thị Lan");

        Assert.Equal(
            $"Đ/c {Erased} phụ trách; ({Erased}), nghỉ. Lê Thị Lang vẫn làm; {Erased}.",
            person.Redact("Đ/c Lê Thị Lan phụ trách; (lê  thị LAN), nghỉ. Lê Thị Lang vẫn làm; Lê\nThị Lan.", Erased));
    }

    [Fact]
    public void A_text_without_the_name_or_a_person_without_a_name_leaves_the_text_as_it_was()
    {
        const string Text = "Thiếu cộng tác viên viết bài, Lê Thị";

        Assert.Same(Text, ErasedPerson.Of("salt", ["tg:1"], "Lê Thị Lan").Redact(Text, Erased));
        Assert.Same(Text, ErasedPerson.Of("salt", ["tg:1"], null).Redact(Text, Erased));
    }

    [Fact]
    public void A_sent_report_naming_a_member_who_then_erases_keeps_its_words_without_the_name()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        Page(bot, Reporter, "MTTQ Phường 8", "1.250", ["10", "20", "30"]);
        bot.Press(Reporter, Texts.NoMorePages.Plain(Lang.Vi));
        foreach (var answer in new[] { "4", "5", "6", "7", "Đ/c Trần Văn Bình (Phường 9) chuyển công tác", "Mời trần văn bình hướng dẫn" })
        {
            bot.Text(Reporter, answer);
        }

        bot.Press(Reporter, Texts.NominationsDone.Plain(Lang.Vi));
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        Assert.Equal("Mời trần văn bình hướng dẫn", ReportOf(bot, round)!.Current!.Content.Proposals);

        bot.Command(OtherUnit, "/xoadulieu");
        bot.Press(OtherUnit, Texts.EraseYes.Plain(Lang.Vi));

        var content = ReportOf(bot, round)!.Current!.Content;
        Assert.Equal(($"Đ/c {Erased} (Phường 9) chuyển công tác", $"Mời {Erased} hướng dẫn"), (content.Difficulties, content.Proposals));
        Assert.Equal(1250, Assert.Single(content.Pages).Followers);
    }
}
