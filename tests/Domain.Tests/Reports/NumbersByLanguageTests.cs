using Domain.Reports;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Reports.WardReporting;

namespace Domain.Tests.Reports;

/// <summary>Counts are grouped as the reader's language groups them: 1.250 in Vietnamese, 1,250 in English.</summary>
public sealed class NumbersByLanguageTests
{
    [Theory]
    [InlineData(Lang.Vi, 1250, "1.250")]
    [InlineData(Lang.En, 1250, "1,250")]
    [InlineData(Lang.En, 1234567, "1,234,567")]
    [InlineData(Lang.Vi, 0, "0")]
    public void A_count_is_grouped_by_language(Lang lang, long value, string shown) => Assert.Equal(shown, ReportNumbers.Format(value, lang));

    [Fact]
    public void A_reporter_reading_English_sees_the_followers_with_a_comma()
    {
        var bot = Driver();
        var round = Open(bot);
        bot.Command(Reporter, "/lang");
        bot.Press(Reporter, "English");
        Start(bot, Reporter, round);
        Page(bot, Reporter, "MTTQ Phường 8", "1.250", ["1000", "20", "30"]);
        bot.Press(Reporter, Texts.NoMorePages.Plain(Lang.En));
        foreach (var answer in new[] { "4", "5", "6", "2500", "None", "None" })
        {
            bot.Text(Reporter, answer);
        }

        bot.Replies(Reporter);
        bot.Press(Reporter, Texts.NominationsDone.Plain(Lang.En));

        var review = string.Join('\n', bot.TextsTo(Reporter));
        Assert.Contains("1,250", review, StringComparison.Ordinal);
        Assert.Contains("1,000", review, StringComparison.Ordinal);
        Assert.Contains("2,500", review, StringComparison.Ordinal);
        Assert.DoesNotContain("1.250", review, StringComparison.Ordinal);
    }
}
