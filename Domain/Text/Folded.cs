using System.Globalization;
using System.Text;

namespace Domain.Text;

/// <summary>
/// Text as people type it without a Vietnamese keyboard: "Đồng ý" and "dong y" are the same words.
/// Diacritics dropped ("đ" as "d"), lower case, emoji and punctuation left out, words joined by one space.
/// </summary>
public static class Folded
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder(text.Length);
        // "đ" has no decomposition: it is a letter of its own, written "d" without its bar.
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
