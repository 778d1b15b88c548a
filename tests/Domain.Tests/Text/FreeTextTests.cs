using System.Text;
using Domain.Text;

namespace Domain.Tests.Text;

/// <summary>The one cleaner every free-text field goes through: no direction tricks, no hidden characters.</summary>
public sealed class FreeTextTests
{
    private static readonly int[] Hidden =
    [
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C,
        0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E, 0x00, 0x07, 0x1B, 0x7F, 0x85, 0x9B,
    ];

    [Theory]
    [InlineData("Nguyễn\u202EVăn A", "NguyễnVăn A")]
    [InlineData("hóa đơn\u202Egpj.exe", "hóa đơngpj.exe")]
    [InlineData("\u2066Tổ trưởng\u2069", "Tổ trưởng")]
    [InlineData("Lê\u200BThị\u200C\u200DLan\uFEFF", "LêThịLan")]
    [InlineData("a\u0000b\u001Bc\u007Fd\u0085e\u009Bf", "abcdef")]
    [InlineData("dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3")]
    [InlineData("cột\tcột", "cột cột")]
    public void Controls_and_direction_characters_go_and_line_breaks_stay(string input, string expected) =>
        Assert.Equal(expected, FreeText.Clean(input));

    [Fact]
    public void A_single_line_field_gets_spaces_for_line_breaks() =>
        Assert.Equal("a b c", FreeText.Clean("a\nb\u2028c", multiline: false));

    [Theory]
    [InlineData("Gia đình 👨‍👩‍👧 đến dự")]
    [InlineData("👩🏽‍💻 kỹ thuật")]
    [InlineData("🏳️‍🌈")]
    [InlineData("Nguyễn Thị Hoa – Phường 5\nTổ trưởng")]
    public void Joiners_inside_emoji_and_ordinary_text_are_kept(string text)
    {
        Assert.True(FreeText.IsClean(text) || text.Contains('\u200D', StringComparison.Ordinal));
        Assert.Equal(text, FreeText.Clean(text));
    }

    [Fact]
    public void A_joiner_next_to_a_letter_is_dropped() =>
        Assert.Equal("a👨b", FreeText.Clean("a\u200D👨\u200Db"));

    /// <summary>
    /// A property over random strings mixing Vietnamese letters, emoji, joiners and every hidden
    /// character: the result never holds a hidden character, cleaning twice changes nothing more,
    /// and nothing visible is lost.
    /// </summary>
    [Fact]
    public void Random_text_comes_out_clean_stable_and_with_every_visible_character()
    {
        var random = new Random(20260101);
        string[] pieces = ["ệ", "Đ", "a", " ", "\n", "👨", "👩", "🏽", "\uFE0F", "\u200D", "1", "–", "\r", "\t", "\u2028"];
        for (var run = 0; run < 5_000; run++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(0, 40); i > 0; i--)
            {
                text.Append(random.Next(3) == 0 ? char.ConvertFromUtf32(Hidden[random.Next(Hidden.Length)]) : pieces[random.Next(pieces.Length)]);
            }

            var input = text.ToString();
            var once = FreeText.Clean(input);
            Assert.Equal(once, FreeText.Clean(once));
            foreach (var rune in once.EnumerateRunes())
            {
                Assert.True(!Hidden.Contains(rune.Value) || rune.Value == 0x200D, $"U+{rune.Value:X4} left in {Escape(input)}");
            }

            Assert.Equal(Visible(input), Visible(once));
            var single = FreeText.Clean(input, multiline: false);
            Assert.DoesNotContain('\n', single);
        }
    }

    private static string Visible(string text) =>
        string.Concat(text.EnumerateRunes().Where(r => !Hidden.Contains(r.Value) && r.Value is not ('\n' or '\r' or '\t' or ' ' or 0x2028)).Select(r => r.ToString()));

    private static string Escape(string text) => string.Concat(text.Select(c => c < 0x7F && c >= 0x20 ? c.ToString() : $"\\u{(int)c:X4}"));
}
