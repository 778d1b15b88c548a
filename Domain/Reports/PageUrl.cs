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
/// A page's link: one web address, http or https. A missing scheme gets https:// ("facebook.com/x"
/// is how people copy it); anything else is asked again.
/// </summary>
public static class PageUrl
{
    public const int MaxLength = 300;

    public static UrlProblem TryNormalize(string? text, out string url)
    {
        url = string.Empty;
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return UrlProblem.Empty;
        }

        if (trimmed.Any(char.IsWhiteSpace))
        {
            return UrlProblem.HasSpaces;
        }

        if (trimmed.Length > MaxLength)
        {
            return UrlProblem.TooLong;
        }

        var schemeEnd = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0 && trimmed[..schemeEnd].ToUpperInvariant() is not ("HTTP" or "HTTPS"))
        {
            return UrlProblem.NotWeb;
        }

        var withScheme = schemeEnd >= 0 ? trimmed : "https://" + trimmed;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri))
        {
            return UrlProblem.NoHost;
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            return UrlProblem.NotWeb;
        }

        if (!uri.Host.Contains('.', StringComparison.Ordinal) || uri.Host.StartsWith('.') || uri.Host.EndsWith('.') || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return UrlProblem.NoHost;
        }

        url = uri.AbsoluteUri;
        return UrlProblem.None;
    }
}
