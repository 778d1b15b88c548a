using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bot.Files;

/// <summary>
/// The zip container of a one-sheet workbook, written part after part straight into the output.
/// </summary>
/// <remarks>
/// The Open XML SDK's packages (System.IO.Packaging) open their zip for update, which keeps every
/// part uncompressed in memory until the end: for 10,000 members the sheet alone grew a buffer to
/// 8 MB, about 16 MB of large-object-heap garbage per workbook. Here each part is compressed as it
/// is written and only the compressed file is kept. The parts and their relationships are the
/// ones the SDK writes for such a workbook.
/// </remarks>
public sealed class XlsxPackage : IDisposable
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SheetId = "rId1";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ZipArchive zip;

    public XlsxPackage(Stream output)
    {
        zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Utf8);
        WriteText("[Content_Types].xml", """
            <?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" /><Default Extension="xml" ContentType="application/xml" /><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" /><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" /><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" /><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>
            """);
        WriteText("_rels/.rels", $"""
            <?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="{Relationships}/officeDocument" Target="/xl/workbook.xml" Id="rId1" /></Relationships>
            """);
        WriteText("xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="{Relationships}/worksheet" Target="/xl/worksheets/sheet1.xml" Id="{SheetId}" /><Relationship Type="{Relationships}/styles" Target="/xl/styles.xml" Id="rId2" /><Relationship Type="{Relationships}/sharedStrings" Target="/xl/sharedStrings.xml" Id="rId3" /></Relationships>
            """);
    }

    /// <summary>The workbook part, naming the one sheet.</summary>
    public void WriteWorkbook(string sheetName) =>
        WriteElement("xl/workbook.xml", new Workbook(new Sheets(new Sheet { Id = SheetId, SheetId = 1, Name = sheetName })));

    public void WriteStyles(Stylesheet styles) => WriteElement("xl/styles.xml", styles);

    /// <summary>The sheet, written by <paramref name="write"/> through a streaming writer.</summary>
    public void WriteSheet(Action<OpenXmlWriter> write) => WritePart("xl/worksheets/sheet1.xml", write);

    public void WriteSharedStrings(SharedStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        WritePart("xl/sharedStrings.xml", strings.WriteTo);
    }

    public void Dispose() => zip.Dispose();

    private void WriteElement(string path, OpenXmlElement element) => WritePart(path, writer => writer.WriteElement(element));

    private void WritePart(string path, Action<OpenXmlWriter> write)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        using var writer = OpenXmlWriter.Create(stream, Utf8);
        writer.WriteStartDocument(standalone: true);
        write(writer);
    }

    private void WriteText(string path, string text)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        var bytes = Utf8.GetBytes(text);
        stream.Write(bytes);
    }
}
