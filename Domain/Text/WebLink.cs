using System.Globalization;

namespace Domain.Text;

/// <summary>Where a link points, as people name it: the platforms the team shares on, or any other website.</summary>
public enum WebPlatform
{
    Website,
    Facebook,
    Zalo,
    TikTok,
    YouTube,
}

/// <summary>Why a text is not a web link.</summary>
public enum WebLinkProblem
{
    None,
    Empty,

    /// <summary>Spaces or invisible characters inside: more than one word.</summary>
    HasSpaces,

    TooLong,

    /// <summary>Another kind of address (ftp, file, javascript, data).</summary>
    NotWeb,

    /// <summary>No real host: no dot, a bare IP address, a port, a user name before "@".</summary>
    NoHost,
}

/// <summary>
/// A link someone typed, checked: http or https only, a real host name (with a dot, no user name
/// before an "@" that would hide the real host: "https://facebook.com@evil.example"), no spaces,
/// at most <see cref="MaxLength"/> characters (or the caller's limit). "facebook.com/…" typed
/// without a scheme is read as https. <see cref="Key"/> is the same for two ways of writing one
/// address, so repeated links can be grouped. The one check of links: campaigns, reports of
/// content (<see cref="ContentReports.ReportLink"/>) and ward pages (<see cref="Reports.PageUrl"/>) use it.
/// </summary>
public sealed record WebLink
{
    public const int MaxLength = 2000;

    // Added by apps when sharing; they do not change which post the address shows.
    private static readonly string[] TrackingPrefixes = ["utm_", "__cft__", "__tn__"];

    private static readonly string[] TrackingParameters =
    [
        "fbclid", "gclid", "zarsrc", "si", "igshid", "mibextid", "_t", "_r",
        "rdid", "share_url", "is_from_webapp", "sender_device", "ref", "refsrc", "sfnsn",
    ];

    private static readonly string[] HostPrefixes = ["www.", "m.", "mobile.", "mbasic.", "web."];

    private WebLink(Uri uri, string typed, string host)
    {
        Url = uri.AbsoluteUri;
        Typed = typed;
        Host = host.ToLowerInvariant();
        Platform = PlatformOf(Host);
        Key = KeyOf(uri, Host);
    }

    /// <summary>The address as it will be shown and opened.</summary>
    public string Url { get; }

    /// <summary>The address as typed (trimmed, with https:// when it had no scheme), not re-encoded.</summary>
    public string Typed { get; }

    public string Host { get; }

    public WebPlatform Platform { get; }

    /// <summary>The address without scheme, "www."/"m." or tracking parameters, lower-case host: equal for the same target.</summary>
    public string Key { get; }

    public static bool TryParse(string? text, out WebLink link) => Check(text, MaxLength, out link) == WebLinkProblem.None;

    /// <summary>Checks <paramref name="text"/> as one link of at most <paramref name="maxLength"/> characters, saying why not.</summary>
    public static WebLinkProblem Check(string? text, int maxLength, out WebLink link)
    {
        link = null!;
        var candidate = (text ?? string.Empty).Trim().Trim('<', '>', '(', ')', '"', '\'');
        if (candidate.Length == 0)
        {
            return WebLinkProblem.Empty;
        }

        if (candidate.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return WebLinkProblem.HasSpaces;
        }

        if (candidate.Length > maxLength)
        {
            return WebLinkProblem.TooLong;
        }

        var schemeEnd = candidate.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0 && candidate[..schemeEnd].ToUpperInvariant() is not ("HTTP" or "HTTPS"))
        {
            return WebLinkProblem.NotWeb;
        }

        if (schemeEnd < 0)
        {
            candidate = "https://" + candidate;
        }

        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            || uri.UserInfo.Length > 0
            || uri.HostNameType != UriHostNameType.Dns
            || !uri.IsDefaultPort
            || IdnHostOf(uri) is not { } host
            || !host.Contains('.', StringComparison.Ordinal)
            || host.StartsWith('.')
            || host.EndsWith('.'))
        {
            return WebLinkProblem.NoHost;
        }

        var topLevel = host[(host.LastIndexOf('.') + 1)..];
        if (topLevel.Length < 2 || topLevel.All(char.IsAsciiDigit))
        {
            return WebLinkProblem.NoHost;
        }

        link = new WebLink(uri, candidate, host);
        return WebLinkProblem.None;
    }

    // Uri accepts some hosts that IDN cannot encode (noncharacters such as U+FFFF) and throws
    // only when IdnHost is read.
    private static string? IdnHostOf(Uri uri)
    {
        try
        {
            return uri.IdnHost;
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    public static WebLink? Parse(string? text) => TryParse(text, out var link) ? link : null;

    /// <summary>
    /// The links in a message of one or more, separated by spaces, new lines, commas or
    /// semicolons; <paramref name="rejected"/> holds the words that are not links.
    /// </summary>
    public static IReadOnlyList<WebLink> FindAll(string? text, out IReadOnlyList<string> rejected)
    {
        var links = new List<WebLink>();
        var bad = new List<string>();
        foreach (var word in (text ?? string.Empty).Split([' ', '\n', '\r', '\t', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryParse(word, out var link))
            {
                if (!links.Any(l => l.Key == link.Key))
                {
                    links.Add(link);
                }
            }
            else
            {
                bad.Add(word);
            }
        }

        rejected = bad;
        return links;
    }

    public override string ToString() => Url;

    public static WebPlatform PlatformOf(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host switch
        {
            _ when Under(host, "facebook.com", "fb.com", "fb.watch", "fb.me", "messenger.com") => WebPlatform.Facebook,
            _ when Under(host, "zalo.me", "zalo.vn", "zaloapp.com") => WebPlatform.Zalo,
            _ when Under(host, "tiktok.com") => WebPlatform.TikTok,
            _ when Under(host, "youtube.com", "youtu.be", "youtube-nocookie.com") => WebPlatform.YouTube,
            _ => WebPlatform.Website,
        };
    }

    private static bool Under(string host, params string[] domains) =>
        domains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal));

    private static string KeyOf(Uri uri, string host)
    {
        var bare = host;
        foreach (var prefix in HostPrefixes)
        {
            if (bare.StartsWith(prefix, StringComparison.Ordinal) && bare.Count(c => c == '.') >= 2)
            {
                bare = bare[prefix.Length..];
                break;
            }
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=', 2)[0]))
            .Order(StringComparer.Ordinal));
        return string.Create(CultureInfo.InvariantCulture, $"{bare}{path}{(query.Length > 0 ? "?" + query : string.Empty)}");
    }

    private static bool IsTracking(string name) =>
        TrackingParameters.Contains(name, StringComparer.OrdinalIgnoreCase) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
