using Domain.ContentReports;

namespace Domain.Tests.ContentReports;

public sealed class ReportLinkTests
{
    [Theory]
    [InlineData("https://www.facebook.com/groups/123/posts/456")]
    [InlineData("http://example.vn/bai-viet?id=7")]
    [InlineData("  https://youtu.be/abc  ")]
    [InlineData("facebook.com/abc")]
    public void A_web_address_is_a_link(string text)
    {
        Assert.Equal(LinkProblem.None, ReportLink.Check(text, out var link));
        Assert.StartsWith("http", link, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", LinkProblem.NotALink)]
    [InlineData("bài viết trên Facebook", LinkProblem.NotALink)]
    [InlineData("javascript:alert(1)", LinkProblem.NotWeb)]
    [InlineData("ftp://example.vn/file", LinkProblem.NotWeb)]
    [InlineData("file:///etc/passwd", LinkProblem.NotWeb)]
    [InlineData("https://localhost/x", LinkProblem.NotWeb)]
    [InlineData("https://facebook.com@evil.example/post", LinkProblem.NotWeb)]
    public void Anything_else_is_refused(string text, LinkProblem problem)
    {
        Assert.Equal(problem, ReportLink.Check(text, out _));
    }

    [Fact]
    public void A_link_over_2000_characters_is_too_long()
    {
        Assert.Equal(LinkProblem.TooLong, ReportLink.Check("https://example.vn/" + new string('a', ReportLink.MaxLength), out _));
    }

    [Theory]
    [InlineData("https://www.facebook.com/groups/123/posts/456/?fbclid=IwAR0xyz&mibextid=abc", "http://m.facebook.com/groups/123/posts/456")]
    [InlineData("https://youtube.com/watch?v=XYZ&si=share1&utm_source=zalo", "https://www.youtube.com/watch?utm_medium=x&v=XYZ#t=10")]
    [InlineData("HTTPS://Example.VN/Bai", "https://example.vn/Bai/")]
    public void The_same_post_shared_differently_normalises_to_one_key(string first, string second)
    {
        Assert.Equal(ReportLink.Normalise(first), ReportLink.Normalise(second));
    }

    [Fact]
    public void Different_posts_stay_different()
    {
        Assert.NotEqual(ReportLink.Normalise("https://youtube.com/watch?v=A"), ReportLink.Normalise("https://youtube.com/watch?v=B"));
        Assert.NotEqual(ReportLink.Normalise("https://example.vn/Bai"), ReportLink.Normalise("https://example.vn/bai"));
        Assert.Null(ReportLink.Normalise("not a link"));
    }

    [Theory]
    [InlineData("https://m.facebook.com/story.php?id=1", ReportPlatform.Facebook)]
    [InlineData("https://fb.watch/abc", ReportPlatform.Facebook)]
    [InlineData("https://zalo.me/g/abcdef", ReportPlatform.Zalo)]
    [InlineData("https://vt.tiktok.com/ZS123/", ReportPlatform.TikTok)]
    [InlineData("https://youtu.be/abc", ReportPlatform.YouTube)]
    public void A_known_host_names_its_platform(string link, ReportPlatform platform)
    {
        Assert.Equal(platform, ReportLink.PlatformOf(link));
    }

    [Fact]
    public void Another_host_names_no_platform_even_when_it_looks_alike()
    {
        Assert.Null(ReportLink.PlatformOf("https://example.vn/facebook.com"));
        Assert.Null(ReportLink.PlatformOf("https://notfacebook.com/x"));
    }
}
