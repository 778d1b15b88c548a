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
}
