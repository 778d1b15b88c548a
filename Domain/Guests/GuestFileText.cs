using System.Text;

namespace Domain.Guests;

/// <summary>A line of a guest list with its number as the organizer sees it.</summary>
public sealed record NumberedLine(int Number, string Text);

/// <summary>
/// Reads a sent CSV file as UTF-8, with or without the byte order mark Excel's "CSV UTF-8" writes.
/// A line that is not valid UTF-8 (a file saved as plain "CSV" in a Windows code page) is named by
/// its number in the file rather than read as garbled letters.
/// </summary>
public static class GuestFileText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The non-empty lines, numbered as in the file; or the numbers of the lines that are not UTF-8.</summary>
    public static (IReadOnlyList<NumberedLine> Lines, IReadOnlyList<int> NotUtf8) Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // UTF-16 ("Unicode text" in Excel): every line would read wrong, the first says it.
            return ([], [1]);
        }

        var lines = new List<NumberedLine>();
        var bad = new List<int>();
        var number = 0;
        while (true)
        {
            number++;
            var end = span.IndexOf((byte)'\n');
            var raw = end < 0 ? span : span[..end];
            try
            {
                var text = Strict.GetString(raw).TrimEnd('\r');
                if (text.Contains('\0', StringComparison.Ordinal))
                {
                    bad.Add(number);
                }
                else if (text.Trim().Length > 0)
                {
                    lines.Add(new NumberedLine(number, text.Trim()));
                }
            }
            catch (DecoderFallbackException)
            {
                bad.Add(number);
            }

            if (end < 0)
            {
                break;
            }

            span = span[(end + 1)..];
        }

        return (lines, bad);
    }

    /// <summary>Pasted lines, numbered among the guests' lines (a heading line is not counted).</summary>
    public static IReadOnlyList<NumberedLine> Pasted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count > 0 && GuestLine.IsHeading(lines[0]))
        {
            lines.RemoveAt(0);
        }

        return lines.Select((l, i) => new NumberedLine(i + 1, l)).ToList();
    }

    /// <summary>The file's lines without a heading line.</summary>
    public static IReadOnlyList<NumberedLine> WithoutHeading(IReadOnlyList<NumberedLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Count > 0 && GuestLine.IsHeading(lines[0].Text) ? lines.Skip(1).ToList() : lines;
    }
}
