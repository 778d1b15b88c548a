namespace Bot.Files;

/// <summary>Text written into the workbook's XML by hand: the characters XML gives a meaning escaped.</summary>
public static class XmlText
{
    /// <summary>
    /// Writes <paramref name="text"/> escaped for element content and for attribute values in double
    /// quotes; element text only may keep its quotes as an XML writer does (<paramref name="quotes"/> false).
    /// </summary>
    public static void Write(TextWriter writer, string text, bool quotes = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var escaped = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when quotes => "&quot;",
                _ => null,
            };
            if (escaped is not null)
            {
                writer.Write(text.AsSpan(start, i - start));
                writer.Write(escaped);
                start = i + 1;
            }
        }

        writer.Write(text.AsSpan(start));
    }

    /// <summary>
    /// Whether XML 1.0 can carry the character at <paramref name="index"/>: TAB, LF, CR, and the
    /// rest from space up, except the two non-characters U+FFFE and U+FFFF and half a surrogate pair.
    /// <paramref name="length"/> is 2 for a whole surrogate pair.
    /// </summary>
    public static bool IsXmlChar(string text, int index, out int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        var c = text[index];
        length = 1;
        if (char.IsHighSurrogate(c))
        {
            length = 2;
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
        }

        return c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsLowSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'));
    }
}
