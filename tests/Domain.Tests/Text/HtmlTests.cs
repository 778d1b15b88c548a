using Domain.Conversations;
using Domain.Text;

namespace Domain.Tests.Text;

public sealed class HtmlTests
{
    [Fact]
    public void Format_escapes_every_argument_so_a_name_cannot_format_the_message()
    {
        var html = Html.Format("<b>Chào</b> {0}!", "<b>Hoa</b> & \"Lan\"");

        Assert.Equal("<b>Chào</b> &lt;b&gt;Hoa&lt;/b&gt; &amp; &quot;Lan&quot;!", html.Value);
        Assert.Equal("Chào <b>Hoa</b> & \"Lan\"!", html.ToPlain());
    }

    [Fact]
    public void Format_leaves_Vietnamese_letters_as_they_are()
    {
        Assert.Equal("Chào Nguyễn Thị Hoa, Đặng Ỷ", Html.Format("Chào {0}", "Nguyễn Thị Hoa, Đặng Ỷ").Value);
        Assert.Equal("Nguyễn", Html.Escape("Nguyễn").Value);
    }

    [Fact]
    public void Format_inserts_html_arguments_as_they_are()
    {
        Assert.Equal("<i>x</i> <b>y</b>", Html.Format("<i>{0}</i> {1}", "x", new Html("<b>y</b>")).Value);
    }

    [Fact]
    public void Format_writes_numbers_culture_invariantly_and_null_as_nothing()
    {
        Assert.Equal("1.5 | 1000 | ", Html.Format("{0} | {1} | {2}", 1.5, 1000, null).Value);
    }

    [Fact]
    public void Format_without_arguments_returns_the_template()
    {
        Assert.Equal("<b>a</b>", Html.Format("<b>a</b>").Value);
    }

    [Fact]
    public void Escape_encodes_html_special_characters()
    {
        Assert.Equal("a &lt; b &amp;&amp; c &gt; d", Html.Escape("a < b && c > d").Value);
    }

    [Fact]
    public void Msg_picks_the_language_and_escapes_its_arguments()
    {
        var msg = new Msg("Chào {0}", "Hello {0}");

        Assert.Equal("Chào &lt;i&gt;", msg.For(Lang.Vi, "<i>").Value);
        Assert.Equal("Hello &lt;i&gt;", msg.For(Lang.En, "<i>").Value);
        Assert.Equal("Hello {0}", msg.Plain(Lang.En));
    }

    [Fact]
    public void ToPlain_strips_the_formatting_tags_and_decodes_entities()
    {
        var html = new Html("<b>Đậm</b> <i>nghiêng</i> <u>gạch</u> <s>xóa</s> <code>mã</code> <pre>khối</pre> <a href=\"https://x.vn/?a=1&amp;b=2\">liên kết</a> &lt;b&gt; &amp; &quot; &#39;");

        Assert.Equal("Đậm nghiêng gạch xóa mã khối liên kết <b> & \" '", html.ToPlain());
    }

    [Fact]
    public void ToPlain_keeps_an_escaped_tag_as_text()
    {
        Assert.Equal("<b>Hoa</b>", Html.Escape("<b>Hoa</b>").ToPlain());
    }

    [Fact]
    public void Join_puts_the_separator_between_the_parts()
    {
        Assert.Equal("<b>a</b>, b", Html.Join(", ", [new Html("<b>a</b>"), new Html("b")]).Value);
    }

    [Theory]
    [InlineData("/start P05", "start", "P05")]
    [InlineData("  /start   P05  ", "start", "P05")]
    [InlineData("/start@bot x", "start", "x")]
    [InlineData("/START@SomeBot", "start", "")]
    [InlineData("/hoso", "hoso", "")]
    [InlineData("/lang\nen", "lang", "en")]
    [InlineData("/start a b", "start", "a b")]
    public void A_command_is_read_as_its_lower_case_name_and_what_follows(string text, string name, string args)
    {
        Assert.Equal(new CommandIn(name, args), CommandIn.TryParse(text));
    }

    [Theory]
    [InlineData("/ not")]
    [InlineData("/")]
    [InlineData("hello")]
    [InlineData("")]
    [InlineData("//start")]
    [InlineData("a /start")]
    public void Text_that_is_no_command_is_not_read_as_one(string text)
    {
        Assert.Null(CommandIn.TryParse(text));
    }

    [Fact]
    public void Button_arg_is_what_follows_the_prefix()
    {
        ButtonData.TrySplit(new ButtonIn("appr:yes:tg:1", null, null).Data, out _, out var parts);
        Assert.Equal("yes:tg:1", ButtonData.Rest(parts, 0));
        ButtonData.TrySplit(new ButtonIn("appr", null, null).Data, out _, out parts);
        Assert.Equal(string.Empty, ButtonData.Rest(parts, 0));
    }
}
