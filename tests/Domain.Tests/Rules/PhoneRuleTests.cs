using Domain.Members;

namespace Domain.Tests.Rules;

public sealed class PhoneRuleTests
{
    [Theory]
    [InlineData("0901234567")]
    [InlineData("+84901234567")]
    [InlineData("84901234567")]
    [InlineData("0901 234 567")]
    [InlineData("090.123.4567")]
    [InlineData("090-123-4567")]
    [InlineData("(090) 123 4567")]
    [InlineData("+84 90 123 45 67")]
    [InlineData("+84 (0) 901 234 567")]
    [InlineData(" 0901234567 ")]
    public void Vietnamese_mobile_numbers_as_people_write_them_become_plus_84(string input)
    {
        Assert.Equal("+84901234567", PhoneRule.Normalize(input));
    }

    [Theory]
    [InlineData("0321234567", "+84321234567")]
    [InlineData("0561234567", "+84561234567")]
    [InlineData("0771234567", "+84771234567")]
    [InlineData("0841234567", "+84841234567")]
    [InlineData("84841234567", "+84841234567")]
    public void Every_mobile_prefix_is_accepted(string input, string expected)
    {
        Assert.Equal(expected, PhoneRule.Normalize(input));
    }

    [Theory]
    [InlineData("02838123456")]
    [InlineData("028 3812 3456")]
    [InlineData("+842838123456")]
    [InlineData("0241234567")]
    [InlineData("0401234567")]
    [InlineData("0601234567")]
    [InlineData("0101234567")]
    [InlineData("090123456")]
    [InlineData("09012345678")]
    [InlineData("+8490123456")]
    [InlineData("+849012345678")]
    [InlineData("849012345678")]
    [InlineData("901234567")]
    [InlineData("09o1234567")]
    [InlineData("0901234567a")]
    [InlineData("+14155552671")]
    [InlineData("+1 415 555 2671")]
    [InlineData("0901/234/567")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Landlines_wrong_lengths_letters_and_foreign_numbers_are_refused(string? input)
    {
        Assert.Null(PhoneRule.Normalize(input));
    }

    [Fact]
    public void Non_ascii_digits_are_refused()
    {
        Assert.Null(PhoneRule.Normalize("٠٩٠١٢٣٤٥٦٧"));
        Assert.Null(PhoneRule.Normalize("０９０１２３４５６７"));
    }

    [Fact]
    public void Display_writes_a_normalized_number_the_national_way_grouped_for_reading()
    {
        Assert.Equal("0901 234 567", PhoneRule.Display("+84901234567"));
    }

    [Theory]
    [InlineData("+84901234567", "0901 234 567")]
    [InlineData("0901.234.567", "0901 234 567")]
    [InlineData("gọi sau", "gọi sau")]
    [InlineData(null, null)]
    public void Shown_displays_what_reads_as_a_number_and_leaves_the_rest(string? stored, string? shown)
    {
        Assert.Equal(shown, PhoneRule.Shown(stored));
    }

    [Fact]
    public void Written_forms_hold_every_way_the_bot_wrote_a_number()
    {
        Assert.Equal(["+84901234567", "0901 234 567", "0901234567", "+84 901 234 567"], PhoneRule.WrittenForms("+84901234567"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    public void Display_leaves_anything_else_as_it_is(string value)
    {
        Assert.Equal(value, PhoneRule.Display(value));
    }
}
