using Domain.Text;

namespace Domain.Tests.Campaigns;

public sealed class WebLinkTests
{
    [Theory]
    [InlineData("https://www.facebook.com/mttq.q5/posts/123", WebPlatform.Facebook)]
    [InlineData("https://m.facebook.com/story.php?id=1", WebPlatform.Facebook)]
    [InlineData("fb.watch/abc", WebPlatform.Facebook)]
    [InlineData("https://zalo.me/g/abcdef", WebPlatform.Zalo)]
    [InlineData("https://www.tiktok.com/@mttq/video/1", WebPlatform.TikTok)]
    [InlineData("https://vm.tiktok.com/ZS1/", WebPlatform.TikTok)]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", WebPlatform.YouTube)]
    [InlineData("https://www.youtube.com/watch?v=1", WebPlatform.YouTube)]
    [InlineData("http://mattran.hochiminhcity.gov.vn/tin-tuc", WebPlatform.Website)]
    [InlineData("https://notfacebook.com/x", WebPlatform.Website)]
    [InlineData("https://facebook.com.evil.example/x", WebPlatform.Website)]
    public void A_link_is_read_with_its_platform(string text, WebPlatform platform)
    {
        Assert.True(WebLink.TryParse(text, out var link));
        Assert.Equal(platform, link.Platform);
        Assert.StartsWith("http", link.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xin chào")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/a")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://facebook.com@evil.example/x")]
    [InlineData("https://localhost/x")]
    [InlineData("https://127.0.0.1/x")]
    [InlineData("https://example.com:8080/x")]
    [InlineData("https://exa mple.com/x")]
    [InlineData("data:text/html,hi")]
    [InlineData("https://example./x")]
    [InlineData("\uFFFF\uFFFE")]
    [InlineData("https://\uFFFF.example.com/x")]
    public void Anything_else_is_no_link(string text)
    {
        Assert.False(WebLink.TryParse(text, out _));
    }

    [Fact]
    public void A_link_too_long_is_refused()
    {
        Assert.Null(WebLink.Parse("https://example.com/" + new string('a', WebLink.MaxLength)));
    }

    [Fact]
    public void Two_ways_of_writing_one_address_have_one_key()
    {
        var a = WebLink.Parse("https://www.facebook.com/mttq/posts/1/?fbclid=XYZ&utm_source=zalo")!;
        var b = WebLink.Parse("facebook.com/mttq/posts/1")!;
        var c = WebLink.Parse("https://m.facebook.com/mttq/posts/1")!;

        Assert.Equal(a.Key, b.Key);
        Assert.Equal(a.Key, c.Key);
        Assert.NotEqual(a.Key, WebLink.Parse("https://facebook.com/mttq/posts/2")!.Key);
    }

    [Fact]
    public void Several_links_in_one_message_are_found_and_the_rest_is_named()
    {
        var links = WebLink.FindAll("https://facebook.com/a/1, https://zalo.me/x\nhello https://facebook.com/a/1", out var rejected);

        Assert.Equal(2, links.Count);
        Assert.Equal(["hello"], rejected);
    }

    [Theory]
    [InlineData("", WebLinkProblem.Empty)]
    [InlineData("  ", WebLinkProblem.Empty)]
    [InlineData("facebook.com/a b", WebLinkProblem.HasSpaces)]
    [InlineData("facebook.com/a\u0007b", WebLinkProblem.HasSpaces)]
    [InlineData("ftp://x.vn/a", WebLinkProblem.NotWeb)]
    [InlineData("file:///etc/passwd", WebLinkProblem.NotWeb)]
    [InlineData("javascript://alert(1)", WebLinkProblem.NotWeb)]
    [InlineData("javascript:alert(1)", WebLinkProblem.NoHost)]
    [InlineData("data:text/html,hi", WebLinkProblem.NoHost)]
    [InlineData("localhost/x", WebLinkProblem.NoHost)]
    [InlineData("https://user@x.vn/", WebLinkProblem.NoHost)]
    [InlineData("https://127.0.0.1/x", WebLinkProblem.NoHost)]
    [InlineData("https://x.vn:8443/x", WebLinkProblem.NoHost)]
    [InlineData("https://.x.vn/x", WebLinkProblem.NoHost)]
    [InlineData("https://x.1/x", WebLinkProblem.NoHost)]
    [InlineData("HTTPS://Example.VN/Bai", WebLinkProblem.None)]
    public void Each_refusal_says_why(string text, WebLinkProblem problem)
    {
        Assert.Equal(problem, WebLink.Check(text, WebLink.MaxLength, out _));
    }

    [Fact]
    public void The_caller_s_limit_counts_and_the_limit_is_inclusive()
    {
        var exactly = "x.vn/" + new string('a', 295);

        Assert.Equal(WebLinkProblem.None, WebLink.Check(exactly, 300, out _));
        Assert.Equal(WebLinkProblem.TooLong, WebLink.Check(exactly + "a", 300, out _));
    }

    [Fact]
    public void The_address_is_kept_as_typed_and_as_opened()
    {
        Assert.True(WebLink.TryParse(" <vi.wikipedia.org/wiki/Mặt_trận> ", out var link));

        Assert.Equal("https://vi.wikipedia.org/wiki/Mặt_trận", link.Typed);
        Assert.Equal("https://vi.wikipedia.org/wiki/M%E1%BA%B7t_tr%E1%BA%ADn", link.Url);
    }

    [Theory]
    [InlineData("https://mbasic.facebook.com/groups/1/posts/2?__cft__[0]=AZ&__tn__=R&ref=share", "facebook.com/groups/1/posts/2")]
    [InlineData("https://www.youtube.com/watch?v=XYZ&si=a&utm_source=zalo#t=10", "youtube.com/watch?v=XYZ")]
    [InlineData("https://zalo.me/g/abc?zarsrc=30&utm_medium=x", "zalo.me/g/abc")]
    [InlineData("https://www.example.vn/bai?b=2&a=1", "example.vn/bai?a=1&b=2")]
    public void The_key_drops_tracking_and_mobile_hosts_and_sorts_the_rest(string text, string key)
    {
        Assert.Equal(key, WebLink.Parse(text)!.Key);
    }
}
