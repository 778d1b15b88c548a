using Bot.Files;

namespace Bot.Tests.Files;

public sealed class SpreadsheetSafetyTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+84901234567", "'+84901234567")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("\n=1", "'\n=1")]
    [InlineData("Nguyễn Thị Hoa", "Nguyễn Thị Hoa")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Text_that_could_start_a_formula_gets_a_quote(string? text, string expected) =>
        Assert.Equal(expected, SpreadsheetSafety.Neutralize(text));

    [Theory]
    [InlineData("+84901234567", "+84901234567")]
    [InlineData("+84 912 345 678", "+84 912 345 678")]
    [InlineData("+84-912.345.678", "+84-912.345.678")]
    [InlineData("0909123456", "0909123456")]
    [InlineData("+SUM(1)", "'+SUM(1)")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("+", "'+")]
    [InlineData("=84901234567", "'=84901234567")]
    public void Only_plain_phone_numbers_keep_their_plus_in_the_workbook(string text, string expected) =>
        Assert.Equal(expected, SpreadsheetSafety.NeutralizePhone(text));

    [Theory]
    [InlineData("x;=1+1", "x;'=1+1")]
    [InlineData("=1;+2;-3;@A1", "'=1;'+2;'-3;'@A1")]
    [InlineData("a;\t=1;\r=2", "a;'\t=1;'\r=2")]
    [InlineData("Phường 1; Phường 2", "Phường 1; Phường 2")]
    [InlineData("a;b=c;", "a;b=c;")]
    [InlineData(";;=1", ";;'=1")]
    public void Every_list_separated_segment_that_could_start_a_formula_gets_a_quote(string text, string expected)
    {
        Assert.Equal(expected, SpreadsheetSafety.Neutralize(text));
        Assert.True(SpreadsheetSafety.IsSafe(expected));
    }

    [Fact]
    public void A_phone_field_with_a_list_separator_is_not_a_plain_number()
    {
        Assert.Equal("'+84 912;'=1+1", SpreadsheetSafety.NeutralizePhone("+84 912;=1+1"));
        Assert.Equal("'+84;'-1", SpreadsheetSafety.NeutralizePhone("+84;-1"));
    }
}
