using Domain.Text;

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
/// The link of a reported post, as the report flow asks for it: the one check of links
/// (<see cref="WebLink"/>), its answers named the way the flow answers them, and its key, so the
/// same post reported twice, shared with a different tracking tail, is recognised.
/// </summary>
public static class ReportLink
{
    public const int MaxLength = WebLink.MaxLength;

    /// <summary>The link as typed (https:// added when it had no scheme) when it is one.</summary>
    public static LinkProblem Check(string? text, out string link)
    {
        var problem = WebLink.Check(text, MaxLength, out var parsed);
        link = problem == WebLinkProblem.None ? parsed.Typed : (text ?? string.Empty).Trim();
        return problem switch
        {
            WebLinkProblem.None => LinkProblem.None,
            WebLinkProblem.TooLong => LinkProblem.TooLong,
            WebLinkProblem.Empty or WebLinkProblem.HasSpaces => LinkProblem.NotALink,
            _ => LinkProblem.NotWeb,
        };
    }

    /// <summary>
    /// The address without what does not change the post it shows (see <see cref="WebLink.Key"/>);
    /// null when it is no valid link.
    /// </summary>
    public static string? Normalise(string? link) => WebLink.Parse(link)?.Key;

    /// <summary>The platform a link's host belongs to; null when it is some other website.</summary>
    public static ReportPlatform? PlatformOf(string? link) => WebLink.Parse(link)?.Platform switch
    {
        WebPlatform.Facebook => ReportPlatform.Facebook,
        WebPlatform.Zalo => ReportPlatform.Zalo,
        WebPlatform.TikTok => ReportPlatform.TikTok,
        WebPlatform.YouTube => ReportPlatform.YouTube,
        _ => null,
    };
}
