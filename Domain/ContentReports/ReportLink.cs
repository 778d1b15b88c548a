using System.Text;

namespace Domain.ContentReports;

public enum LinkProblem
{
    None,

    /// <summary>Not an address at all.</summary>
    NotALink,

    /// <summary>An address, but not a web page (ftp, javascript, a file) or without a real host.</summary>
    NotWeb,

    TooLong,
}

/// <summary>
/// The link of a reported post: checked to be a web address (http or https, a host with a dot, no
/// user name hiding the real host as in https://facebook.com@evil.example), and normalised so that
/// the same post reported twice, shared with a different tracking tail, is recognised.
/// </summary>
public static class ReportLink
{
    public const int MaxLength = 2000;

    // Added by apps when sharing; they do not change which post the address shows.
    private static readonly string[] TrackingPrefixes = ["utm_", "__cft__", "__tn__"];
    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "igshid", "mibextid", "si", "rdid", "share_url", "is_from_webapp", "sender_device", "_r", "_t", "ref", "refsrc", "sfnsn",
    };

    private static readonly string[] HostPrefixes = ["www.", "m.", "mobile.", "mbasic.", "web."];

    public static LinkProblem Check(string? text, out string link)
    {
        link = (text ?? string.Empty).Trim();
        if (link.Length > MaxLength)
        {
            return LinkProblem.TooLong;
        }

        if (link.Length == 0 || link.Any(char.IsWhiteSpace))
        {
            return LinkProblem.NotALink;
        }

        // "facebook.com/abc" as people often paste it.
        if (!link.Contains("://", StringComparison.Ordinal) && link.Contains('.', StringComparison.Ordinal) && char.IsLetterOrDigit(link[0]))
        {
            link = "https://" + link;
        }

        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            return LinkProblem.NotALink;
        }

        if (uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0 || !uri.Host.Contains('.', StringComparison.Ordinal) || uri.Host.EndsWith('.'))
        {
            return LinkProblem.NotWeb;
        }

        return LinkProblem.None;
    }

    /// <summary>
    /// The address without what does not change the post it shows: scheme, "www." and mobile host
    /// prefixes, default port, fragment, tracking parameters, a trailing slash, the order of the
    /// remaining parameters, upper or lower case in the host. Null when it is no valid link.
    /// </summary>
    public static string? Normalise(string? link)
    {
        if (Check(link, out var checkedLink) != LinkProblem.None || !Uri.TryCreate(checkedLink, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        foreach (var prefix in HostPrefixes)
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Length > prefix.Length)
            {
                host = host[prefix.Length..];
                break;
            }
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=')[0]))
            .Order(StringComparer.Ordinal)
            .ToList();
        var key = new StringBuilder(host);
        if (!uri.IsDefaultPort)
        {
            key.Append(':').Append(uri.Port);
        }

        key.Append(path);
        if (query.Count > 0)
        {
            key.Append('?').AppendJoin('&', query);
        }

        return key.ToString();
    }

    /// <summary>The platform a link's host belongs to; null when it is some other website.</summary>
    public static ReportPlatform? PlatformOf(string? link)
    {
        if (Normalise(link) is not { } key)
        {
            return null;
        }

        var host = key.Split('/', ':')[0];
        return host switch
        {
            _ when Is(host, "facebook.com") || Is(host, "fb.com") || Is(host, "fb.watch") || Is(host, "messenger.com") => ReportPlatform.Facebook,
            _ when Is(host, "zalo.me") || Is(host, "zalo.vn") => ReportPlatform.Zalo,
            _ when Is(host, "tiktok.com") => ReportPlatform.TikTok,
            _ when Is(host, "youtube.com") || Is(host, "youtu.be") => ReportPlatform.YouTube,
            _ => null,
        };
    }

    private static bool Is(string host, string domain) =>
        host == domain || host.EndsWith("." + domain, StringComparison.Ordinal);

    private static bool IsTracking(string name) =>
        TrackingNames.Contains(name) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
