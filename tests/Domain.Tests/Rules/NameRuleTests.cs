using System.Text;
using Domain.Members;

namespace Domain.Tests.Rules;

public sealed class NameRuleTests
{
    [Fact]
    public void Decomposed_input_is_stored_in_NFC()
    {
        var problem = NameRule.Check("Nguye\u0302\u0303n Thi\u0323 Hoa", out var name);

        Assert.Equal(NameProblem.None, problem);
        Assert.Equal("Nguyễn Thị Hoa", name);
        Assert.True(name.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(14, name.Length);
    }

    [Theory]
    [InlineData("  Nguyễn Thị Hoa  ")]
    [InlineData("Nguyễn    Thị  Hoa")]
    [InlineData("\tNguyễn\u00a0Thị\nHoa ")]
    public void Outer_space_is_trimmed_and_inner_space_becomes_one_space(string input)
    {
        Assert.Equal(NameProblem.None, NameRule.Check(input, out var name));
        Assert.Equal("Nguyễn Thị Hoa", name);
    }

    [Theory]
    [InlineData("Lê")]
    [InlineData("Đặng Thị Ánh Tuyết")]
    [InlineData("Nguyễn Thị Mỹ Hạnh")]
    [InlineData("ĐỖ VĂN ĐẠT")]
    [InlineData("Trần-Nguyễn Bảo Ngọc")]
    [InlineData("O'Brien")]
    [InlineData("Hờ Mí ’Thảo")]
    [InlineData("Lý Ý")]
    public void Letters_with_Vietnamese_diacritics_hyphens_and_apostrophes_are_accepted(string input)
    {
        Assert.Equal(NameProblem.None, NameRule.Check(input, out var name));
        Assert.Equal(input, name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("H")]
    [InlineData(" Ư ")]
    [InlineData("--")]
    [InlineData("A-")]
    [InlineData("' '")]
    public void Fewer_than_two_letters_is_too_short(string input)
    {
        Assert.Equal(NameProblem.TooShort, NameRule.Check(input, out _));
    }

    [Fact]
    public void Exactly_one_hundred_characters_is_allowed_and_one_more_is_too_long()
    {
        var hundred = "Nguyễn Thị " + new string('ư', 89);
        Assert.Equal(100, hundred.Length);

        Assert.Equal(NameProblem.None, NameRule.Check(hundred, out _));
        Assert.Equal(NameProblem.TooLong, NameRule.Check(hundred + "a", out _));
    }

    [Fact]
    public void Length_is_counted_after_NFC_and_space_collapsing()
    {
        var decomposed = string.Concat(Enumerable.Repeat("e\u0302\u0303", 100));
        Assert.Equal(300, decomposed.Length);

        Assert.Equal(NameProblem.None, NameRule.Check("  " + decomposed + "   ", out var name));
        Assert.Equal(100, name.Length);
    }

    [Theory]
    [InlineData("Hoa 2")]
    [InlineData("Nguyễn Văn 3")]
    [InlineData("Hoa 🌸")]
    [InlineData("Hoa_Lan")]
    [InlineData("Hoa@Lan")]
    [InlineData("<b>Hoa</b>")]
    [InlineData("Hoa.")]
    [InlineData("Hoa, Lan")]
    [InlineData("Hoa\u200bLan")]
    public void Digits_emoji_and_symbols_are_bad_characters(string input)
    {
        Assert.Equal(NameProblem.BadCharacters, NameRule.Check(input, out _));
    }

    [Fact]
    public void Collapse_trims_and_joins_any_white_space_into_single_spaces()
    {
        Assert.Equal("a b c", NameRule.Collapse(" \t a \r\n b    c \u00a0"));
        Assert.Equal(string.Empty, NameRule.Collapse(" \n "));
    }
}
