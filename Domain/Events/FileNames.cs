using System.Globalization;
using System.Text;

namespace Domain.Events;

/// <summary>File names people download: plain lower-case letters, digits and hyphens, so every phone and mail client keeps them.</summary>
public static class FileNames
{
    public static string Slug(string text, string fallback)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder();
        // "đ" has no decomposition: it is a letter of its own, written "d" without its bar.
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = string.Join('-', plain.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? fallback : slug;
    }
}
