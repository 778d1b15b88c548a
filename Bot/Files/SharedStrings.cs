using System.Text;

namespace Bot.Files;

/// <summary>
/// The workbook's shared string table: each distinct text stored once, cells refer to it by index.
/// Shared strings (rather than inline ones) are what Excel itself writes, so every reader takes them.
/// </summary>
public sealed class SharedStrings
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private uint references;

    public int IndexOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = Clean(text);
        references++;
        if (!indexes.TryGetValue(clean, out var index))
        {
            index = texts.Count;
            texts.Add(clean);
            indexes.Add(clean, index);
        }

        return index;
    }

    /// <summary>Writes the table's part, one item after another (for 10,000 members, tens of thousands of texts).</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write($"""<sst xmlns="{XlsxPackage.MainNamespace}" count="{references}" uniqueCount="{texts.Count}">""");
        foreach (var text in texts)
        {
            // Keeps leading/trailing spaces and line breaks in a reason exactly as typed.
            writer.Write("""<si><t xml:space="preserve">""");
            XmlText.Write(writer, text);
            writer.Write("</t></si>");
        }

        writer.Write("</sst>");
    }

    /// <summary>
    /// Makes the text fit for the sheet's XML. Line breaks become LF: that is the break Excel puts
    /// in a cell (Alt+Enter), and an XML reader would turn a CR into LF anyway. Characters XML cannot
    /// carry (control characters other than TAB and LF, half a surrogate pair) are dropped: a member
    /// can paste one into a reason, and one stray character must not make the whole export fail.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.ReplaceLineEndings("\n");
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlText.IsXmlChar(text, i, out var length))
            {
                clean.Append(text, i, length);
                i += length - 1;
            }
        }

        return clean.Length == text.Length ? text : clean.ToString();
    }
}
