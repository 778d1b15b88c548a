using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Domain.Text;

/// <summary>
/// Text in Telegram's small HTML subset. Templates from the catalogue are trusted; every value
/// put into them is escaped, so a name like "&lt;b&gt;" typed by a user can never format or break a message.
/// Channels without formatting read <see cref="ToPlain"/>.
/// </summary>
public readonly partial record struct Html(string Value)
{
    public static Html Escape(string text) => new(EscapeText(text));

    /// <summary>
    /// Escapes only what Telegram's HTML needs (&amp; &lt; &gt; &quot;). WebUtility.HtmlEncode would also turn
    /// Vietnamese letters such as "ê" into numeric entities, which wastes the length limit and
    /// shows up raw on channels without HTML.
    /// </summary>
    public static string EscapeText(string? text) =>
        (text ?? string.Empty).Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);

    public static Html Format(string template, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (args is null || args.Length == 0)
        {
            return new Html(template);
        }

        var safe = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            safe[i] = args[i] switch
            {
                Html html => html.Value,
                IFormattable f => EscapeText(f.ToString(null, CultureInfo.InvariantCulture)),
                null => string.Empty,
                var other => EscapeText(other.ToString()),
            };
        }

        return new Html(string.Format(CultureInfo.InvariantCulture, template, safe));
    }

    public static Html Join(string separator, IEnumerable<Html> parts) =>
        new(string.Join(separator, parts.Select(p => p.Value)));

    public string ToPlain() => WebUtility.HtmlDecode(TagPattern().Replace(Value ?? string.Empty, string.Empty));

    public override string ToString() => Value;

    [GeneratedRegex("</?(b|i|u|s|code|pre|a)( [^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex TagPattern();
}
