using Domain.Reports;

namespace Domain.Tests.Reports;

public sealed class ReportNumbersTests
{
    [Theory]
    [InlineData("1.250", 1250)]
    [InlineData("1,250", 1250)]
    [InlineData("1250", 1250)]
    [InlineData(" 1 250 ", 1250)]
    [InlineData("1.250.000", 1250000)]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    public void Counts_are_read_as_people_type_them(string typed, long expected)
    {
        Assert.Equal(NumberProblem.None, ReportNumbers.TryParse(typed, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("", NumberProblem.NotANumber)]
    [InlineData("abc", NumberProblem.NotANumber)]
    [InlineData("12 bài", NumberProblem.NotANumber)]
    [InlineData("-5", NumberProblem.Negative)]
    [InlineData("1,5", NumberProblem.NotWhole)]
    [InlineData("1.25", NumberProblem.NotWhole)]
    [InlineData("1..250", NumberProblem.NotANumber)]
    [InlineData("5000000000", NumberProblem.TooLarge)]
    [InlineData("99999999999999999999", NumberProblem.TooLarge)]
    public void A_wrong_value_says_why(string typed, NumberProblem problem)
    {
        Assert.Equal(problem, ReportNumbers.TryParse(typed, out _));
    }

    [Fact]
    public void Counts_are_shown_with_a_dot_between_thousands()
    {
        Assert.Equal("1.250", ReportNumbers.Format(1250));
        Assert.Equal("0", ReportNumbers.Format(0));
    }

    [Theory]
    [InlineData("facebook.com/mttqphuong8", "https://facebook.com/mttqphuong8")]
    [InlineData("https://zalo.me/123", "https://zalo.me/123")]
    [InlineData("http://mttq.quan5.gov.vn/tin", "http://mttq.quan5.gov.vn/tin")]
    public void A_link_is_a_web_address(string typed, string expected)
    {
        Assert.Equal(UrlProblem.None, PageUrl.TryNormalize(typed, out var url));
        Assert.Equal(expected, url);
    }

    [Theory]
    [InlineData("", UrlProblem.Empty)]
    [InlineData("facebook.com/a b", UrlProblem.HasSpaces)]
    [InlineData("ftp://x.vn/a", UrlProblem.NotWeb)]
    [InlineData("javascript://alert(1)", UrlProblem.NotWeb)]
    [InlineData("localhost/x", UrlProblem.NoHost)]
    [InlineData("https://user@x.vn/", UrlProblem.NoHost)]
    public void A_wrong_link_says_why(string typed, UrlProblem problem)
    {
        Assert.Equal(problem, PageUrl.TryNormalize(typed, out _));
    }

    [Fact]
    public void A_link_longer_than_the_limit_is_refused()
    {
        Assert.Equal(UrlProblem.TooLong, PageUrl.TryNormalize("x.vn/" + new string('a', PageUrl.MaxLength), out _));
    }
}
