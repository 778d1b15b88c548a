namespace Bot.Delivery;

/// <summary>Cuts a long text into parts a channel accepts, at line breaks where it can.</summary>
public static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > maxLength)
        {
            var cut = rest.LastIndexOf('\n', maxLength - 1);
            if (cut <= 0)
            {
                cut = rest.LastIndexOf(' ', maxLength - 1);
            }

            if (cut <= 0)
            {
                cut = maxLength;
                if (char.IsHighSurrogate(rest[cut - 1]))
                {
                    cut--;
                }

                // Never inside an HTML entity such as &amp; (a space or line break never is).
                var amp = rest.LastIndexOf('&', cut - 1);
                if (amp > 0 && rest.IndexOf(';', amp) >= cut)
                {
                    cut = amp;
                }
            }

            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n', ' ');
        }

        parts.Add(rest);
        return parts;
    }
}
