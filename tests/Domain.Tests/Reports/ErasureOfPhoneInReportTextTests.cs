using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>A unit's words that hold the phone number of a person who erases their data keep the words but not the number, in every version.</summary>
public sealed class ErasureOfPhoneInReportTextTests
{
    private static readonly string Erased = Texts.ErasedName.Vi;
    private static readonly ErasedPerson Person = ErasedPerson.Of("salt", ["tg:1"], "Trần Văn Bình", "+84912345679");

    [Theory]
    [InlineData("0912345679")]
    [InlineData("0912 345 679")]
    [InlineData("0912.345.679")]
    [InlineData("0912-345-679")]
    [InlineData("+84 912 345 679")]
    [InlineData("+84912345679")]
    [InlineData("84912345679")]
    public void Each_usual_written_form_of_the_number_is_replaced(string written) =>
        Assert.Equal($"Liên hệ {Erased}, trong giờ hành chính.", Person.Redact($"Liên hệ {written}, trong giờ hành chính.", Erased));

    [Fact]
    public void Numbers_beside_it_and_other_numbers_are_left()
    {
        Assert.Equal($"Tổ 3 {Erased} 12 người; số 0912345678 giữ nguyên.", Person.Redact("Tổ 3 0912 345 679 12 người; số 0912345678 giữ nguyên.", Erased));
        const string Other = "Gọi 0912345670 hoặc 1.250 lượt, năm 2021-2023.";
        Assert.Same(Other, Person.Redact(Other, Erased));
    }

    [Fact]
    public void Name_and_number_together_are_both_replaced()
    {
        Assert.Equal($"Đ/c {Erased} ({Erased}) phụ trách.", Person.Redact("Đ/c Trần Văn Bình (0912.345.679) phụ trách.", Erased));
    }

    [Fact]
    public void A_person_erased_before_numbers_were_hashed_still_reads_and_redacts_the_name()
    {
        var old = ErasedPerson.Read("""{"Salt":"s","KeyHashes":["x"],"NameHash":null}""");

        Assert.NotNull(old);
        Assert.Same("0912345679", old.Redact("0912345679", Erased));
    }

    [Fact]
    public void The_number_goes_from_every_version_of_a_sent_report_page_names_included()
    {
        var bot = Driver();
        var round = Open(bot);
        Start(bot, Reporter, round);
        Page(bot, Reporter, "Trang Zalo 0912345679", "1.250", ["10", "20", "30"]);
        bot.Press(Reporter, Texts.NoMorePages.Plain(Lang.Vi));
        foreach (var answer in new[] { "4", "5", "6", "7", "Liên hệ đ/c Bình 0912 345 679 khi cần", "Mời +84 912 345 679 hướng dẫn" })
        {
            bot.Text(Reporter, answer);
        }

        bot.Press(Reporter, Texts.NominationsDone.Plain(Lang.Vi));
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        // A second version, copied from the first.
        Start(bot, Reporter, round);
        bot.Press(Reporter, Texts.WardReportSend.Plain(Lang.Vi));
        Assert.Equal(2, ReportOf(bot, round)!.Versions.Count);

        bot.Command(OtherUnit, "/xoadulieu");
        bot.Press(OtherUnit, Texts.EraseYes.Plain(Lang.Vi));

        var versions = ReportOf(bot, round)!.Versions;
        Assert.All(versions, v => Assert.Equal(($"Liên hệ đ/c Bình {Erased} khi cần", $"Mời {Erased} hướng dẫn"), (v.Content.Difficulties, v.Content.Proposals)));
        Assert.All(versions, v => Assert.Equal($"Trang Zalo {Erased}", Assert.Single(v.Content.Pages).Name));
        Assert.All(versions, v => Assert.Equal(1250, v.Content.Pages[0].Followers));
    }
}
