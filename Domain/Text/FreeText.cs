using System.Globalization;
using System.Text;

namespace Domain.Text;

/// <summary>
/// Removes the characters that make text lie about itself: direction overrides and isolates
/// (U+202E turns "gpj.exe" around), zero-width characters that split or hide words, and control
/// characters. A zero-width joiner between two emoji stays (👨‍👩‍👧 is one picture made of
/// three). Newlines stay only where a field allows lines; elsewhere they become spaces. What is not
/// valid Unicode (an unpaired surrogate, the noncharacter U+FFFE) becomes U+FFFD: .NET's
/// normalization, which every handler uses, throws on it.
/// </summary>
public static class FreeText
{
    public static string Clean(string? text, bool multiline = true)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        if (IsClean(text, multiline))
        {
            return text;
        }

        var runes = new List<Rune>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            runes.Add(rune);
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < runes.Count; i++)
        {
            var rune = runes[i];
            var value = rune.Value;
            if (value == '\r')
            {
                // CR LF is one line break; a lone CR is one too.
                if (i + 1 < runes.Count && runes[i + 1].Value == '\n')
                {
                    continue;
                }

                value = '\n';
            }

            if (value is '\n' or 0x2028 or 0x2029)
            {
                result.Append(multiline ? '\n' : ' ');
            }
            else if (value == '\t')
            {
                result.Append(' ');
            }
            else if (value == 0xFFFE)
            {
                // EnumerateRunes already yields U+FFFD for an unpaired surrogate.
                result.Append(Rune.ReplacementChar.ToString());
            }
            else if (value == ZeroWidthJoiner)
            {
                if (JoinsEmoji(runes, i))
                {
                    result.Append(rune.ToString());
                }
            }
            else if (!IsHidden(value))
            {
                result.Append(rune.ToString());
            }
        }

        return result.ToString();
    }

    /// <summary>True when <see cref="Clean"/> would change nothing.</summary>
    public static bool IsClean(string text, bool multiline = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\t' or '\u2028' or '\u2029' or '\uFFFE' or ZeroWidthJoinerChar || (c == '\n' && !multiline) || (c != '\n' && IsHidden(c)))
            {
                return false;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    private const int ZeroWidthJoiner = 0x200D;
    private const char ZeroWidthJoinerChar = '\u200D';

    /// <summary>Control characters (C0, DEL, C1), direction marks, overrides and isolates, and invisible separators.</summary>
    private static bool IsHidden(int value) =>
        value < 0x20 || value is >= 0x7F and <= 0x9F
        || value is 0x061C or 0x180E or 0x200B or 0x200C or 0x200E or 0x200F or 0xFEFF
        || value is >= 0x202A and <= 0x202E
        || value is >= 0x2060 and <= 0x2064
        || value is >= 0x2066 and <= 0x206F
        || value is >= 0xFFF9 and <= 0xFFFB;

    // A joiner is part of an emoji sequence when an emoji (perhaps with a variation selector or a
    // skin tone) comes right before it and an emoji right after.
    private static bool JoinsEmoji(List<Rune> runes, int at)
    {
        var before = at - 1;
        while (before >= 0 && IsEmojiModifier(runes[before].Value))
        {
            before--;
        }

        return before >= 0 && at + 1 < runes.Count && IsEmoji(runes[before]) && IsEmoji(runes[at + 1]);
    }

    private static bool IsEmojiModifier(int value) => value is 0xFE0F or >= 0x1F3FB and <= 0x1F3FF;

    private static bool IsEmoji(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol || IsEmojiModifier(rune.Value);
}
