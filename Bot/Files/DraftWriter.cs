using System.Globalization;

namespace Bot.Files;

/// <summary>Where a paragraph sits across the page: the whole width, or centred in its left or right half.</summary>
public enum DraftHalf
{
    None,
    Left,
    Right,
}

/// <summary>One paragraph of the draft: one run of Times New Roman, its size in half-points.</summary>
public sealed record DraftParagraph(string Text, bool Bold = false, bool Italic = false, bool Center = false, int Size = 26, DraftHalf Half = DraftHalf.None);

/// <summary>
/// The draft's WordprocessingML, element by element as text, in the markup the Open XML SDK wrote for
/// the same paragraphs and table. Texts must already hold only characters XML allows
/// (<see cref="SharedStrings.Clean"/>).
/// </summary>
public sealed class DraftWriter(TextWriter writer)
{
    /// <summary>Half of the text width of an A4 page with the draft's margins, in twentieths of a point.</summary>
    public const int HalfWidth = 4677;

    private const string Fonts = """<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" />""";

    public void Paragraph(DraftParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        writer.Write("<w:p>");
        if (paragraph.Half != DraftHalf.None)
        {
            var side = paragraph.Half == DraftHalf.Left ? "right" : "left";
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"""<w:pPr><w:ind w:{side}="{HalfWidth}" /><w:jc w:val="center" /></w:pPr>"""));
        }
        else if (paragraph.Center)
        {
            writer.Write("""<w:pPr><w:jc w:val="center" /></w:pPr>""");
        }

        writer.Write("<w:r><w:rPr>");
        writer.Write(Fonts);
        if (paragraph.Bold)
        {
            writer.Write("<w:b />");
        }

        if (paragraph.Italic)
        {
            writer.Write("<w:i />");
        }

        writer.Write(string.Create(CultureInfo.InvariantCulture, $"""<w:sz w:val="{paragraph.Size}" /></w:rPr><w:t xml:space="preserve">"""));
        Text(paragraph.Text);
        writer.Write("</w:t></w:r></w:p>");
    }

    /// <summary>A table across the page's width with single borders and <paramref name="columns"/> equal columns.</summary>
    public void StartTable(int columns)
    {
        writer.Write("""<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct" /><w:tblBorders><w:top w:val="single" w:sz="4" /><w:left w:val="single" w:sz="4" /><w:bottom w:val="single" w:sz="4" /><w:right w:val="single" w:sz="4" /><w:insideH w:val="single" w:sz="4" /><w:insideV w:val="single" w:sz="4" /></w:tblBorders></w:tblPr><w:tblGrid>""");
        var width = (9355 / columns).ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < columns; i++)
        {
            writer.Write($"""<w:gridCol w:w="{width}" />""");
        }

        writer.Write("</w:tblGrid>");
    }

    /// <summary>A row of the table, a cell per value, in 9-point type.</summary>
    public void Row(IEnumerable<string> values, bool bold)
    {
        ArgumentNullException.ThrowIfNull(values);
        writer.Write("<w:tr>");
        foreach (var value in values)
        {
            writer.Write("<w:tc>");
            Paragraph(new DraftParagraph(value, bold, Size: 18));
            writer.Write("</w:tc>");
        }

        writer.Write("</w:tr>");
    }

    public void EndTable() => writer.Write("</w:tbl>");

    /// <summary>A4 portrait with the committee's margins: the body's last element.</summary>
    public void Section() => writer.Write("""<w:sectPr><w:pgSz w:w="11906" w:h="16838" /><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0" /></w:sectPr>""");

    /// <summary>Element text escaped as an XML writer escapes it (quotes stay as they are), so the part matches the SDK's byte for byte.</summary>
    private void Text(string text) => XmlText.Write(writer, text, quotes: false);
}
