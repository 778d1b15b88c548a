using System.IO.Compression;
using System.Text;

namespace Bot.Files;

/// <summary>
/// The zip container of a one-sheet workbook, written part after part straight into the output,
/// each part's XML written as text.
/// </summary>
/// <remarks>
/// Written by hand, not with a library, to keep the 10,000-member export under its memory target:
/// the Open XML SDK's packages (System.IO.Packaging) keep every part uncompressed in memory until the
/// end, and its object per cell adds code and garbage; MiniExcel's streaming writer, measured on the
/// same export, peaked higher and cannot write the bold, merged unit rows (docs/benchmarks.md,
/// "Scale and memory"). Here each part is compressed as it is written and only the compressed file
/// is kept. The XML is the SDK's for the same workbook; the tests read and validate it with the SDK.
/// </remarks>
public sealed class XlsxPackage : IDisposable
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Declaration = """<?xml version="1.0" encoding="utf-8" standalone="yes"?>""";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SheetId = "rId1";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ZipArchive zip;

    public XlsxPackage(Stream output)
    {
        zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Utf8);
        WritePart("[Content_Types].xml", writer => writer.Write("""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" /><Default Extension="xml" ContentType="application/xml" /><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" /><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" /><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" /><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>"""));
        WritePart("_rels/.rels", writer => writer.Write($"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="{Relationships}/officeDocument" Target="/xl/workbook.xml" Id="rId1" /></Relationships>"""));
        WritePart("xl/_rels/workbook.xml.rels", writer => writer.Write($"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="{Relationships}/worksheet" Target="/xl/worksheets/sheet1.xml" Id="{SheetId}" /><Relationship Type="{Relationships}/styles" Target="/xl/styles.xml" Id="rId2" /><Relationship Type="{Relationships}/sharedStrings" Target="/xl/sharedStrings.xml" Id="rId3" /></Relationships>"""));
    }

    /// <summary>The workbook part, naming the one sheet.</summary>
    public void WriteWorkbook(string sheetName)
    {
        ArgumentNullException.ThrowIfNull(sheetName);
        WritePart("xl/workbook.xml", writer =>
        {
            writer.Write($"<workbook xmlns=\"{MainNamespace}\" xmlns:r=\"{Relationships}\"><sheets><sheet name=\"");
            XmlText.Write(writer, sheetName);
            writer.Write($"\" sheetId=\"1\" r:id=\"{SheetId}\" /></sheets></workbook>");
        });
    }

    public void WriteStyles() => WritePart("xl/styles.xml", writer => writer.Write(WorkbookStyles.Xml));

    /// <summary>The sheet, written by <paramref name="write"/> (from its root element on).</summary>
    public void WriteSheet(Action<TextWriter> write) => WritePart("xl/worksheets/sheet1.xml", write);

    public void WriteSharedStrings(SharedStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        WritePart("xl/sharedStrings.xml", strings.WriteTo);
    }

    public void Dispose() => zip.Dispose();

    private void WritePart(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Optimal).Open(), Utf8);
        writer.Write(Declaration);
        write(writer);
    }
}
