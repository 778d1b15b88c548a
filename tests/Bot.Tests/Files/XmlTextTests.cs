using System.Xml.Linq;
using Bot.Files;

namespace Bot.Tests.Files;

/// <summary>The escaping of the workbook's hand-written XML, read back by an XML parser.</summary>
public sealed class XmlTextTests
{
    [Theory]
    [InlineData("Ban \"Dân vận\" & <Tổ chức>")]
    [InlineData("=HYPERLINK(\"http://x/?a=1&b=2\",\"Bấm\")")]
    [InlineData("dòng một\ndòng hai\tcột")]
    [InlineData("")]
    public void Escaped_text_reads_back_the_same_as_content_and_as_an_attribute(string text)
    {
        using var writer = new StringWriter();
        writer.Write("<a v=\"");
        XmlText.Write(writer, text);
        writer.Write("\">");
        XmlText.Write(writer, text);
        writer.Write("</a>");

        var element = XElement.Parse(writer.ToString(), LoadOptions.PreserveWhitespace);
        Assert.Equal(text, element.Value);
        Assert.Equal(text.Replace('\n', ' ').Replace('\t', ' '), element.Attribute("v")!.Value);
    }

    [Fact]
    public void Cleaning_keeps_whole_surrogate_pairs_and_drops_what_xml_cannot_carry()
    {
        Assert.Equal("Hoa 🌸 ok", SharedStrings.Clean("Hoa \u0001🌸\uFFFE ok\u0000"));
        Assert.Equal("ab", SharedStrings.Clean("a\uD800b\uDC00"));
        Assert.Equal("a\nb\nc", SharedStrings.Clean("a\r\nb\rc"));
    }
}
