using Domain.Text;

namespace Domain.Reports;

public enum UrlProblem
{
    None,
    Empty,
    HasSpaces,
    NotWeb,
    NoHost,
    TooLong,
}

/// <summary>
/// A page's link: one web address, http or https, checked by the one check of links
/// (<see cref="WebLink"/>) with the page's shorter limit. A missing scheme gets https://
/// ("facebook.com/x" is how people copy it); anything else is asked again.
/// </summary>
public static class PageUrl
{
    public const int MaxLength = 300;

    public static UrlProblem TryNormalize(string? text, out string url)
    {
        var problem = WebLink.Check(text, MaxLength, out var link);
        url = problem == WebLinkProblem.None ? link.Url : string.Empty;
        return problem switch
        {
            WebLinkProblem.None => UrlProblem.None,
            WebLinkProblem.Empty => UrlProblem.Empty,
            WebLinkProblem.HasSpaces => UrlProblem.HasSpaces,
            WebLinkProblem.TooLong => UrlProblem.TooLong,
            WebLinkProblem.NotWeb => UrlProblem.NotWeb,
            _ => UrlProblem.NoHost,
        };
    }
}
