using System.IO.Compression;
using System.Text;

namespace Bot.Files;

/// <summary>
/// The zip container of a Word document with one part, its body written as text straight into the
/// compressed entry (<see cref="DraftWriter"/> writes the body's markup).
/// </summary>
/// <remarks>
/// Written by hand, not with the Open XML SDK, for the same reason as <see cref="XlsxPackage"/>:
/// loading the SDK and its package classes raised a running bot's peak by more than the whole
/// draft is worth (docs/benchmarks.md, "Reports"). The parts are the ones the SDK wrote for the
/// draft, and the tests still open and validate the file with the SDK.
/// </remarks>
public static class DocxPackage
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Declaration = """<?xml version="1.0" encoding="utf-8"?>""";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The document, its body's content written by <paramref name="body"/>.</summary>
    public static byte[] Write(Action<TextWriter> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var stream = new ChunkedStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, Utf8))
        {
            WritePart(zip, "[Content_Types].xml", writer => writer.Write("""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" /><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" /></Types>"""));
            WritePart(zip, "_rels/.rels", writer => writer.Write("""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml" Id="rId1" /></Relationships>"""));
            WritePart(zip, "word/document.xml", writer =>
            {
                writer.Write($"""<w:document xmlns:w="{MainNamespace}"><w:body>""");
                body(writer);
                writer.Write("</w:body></w:document>");
            });
        }

        return stream.ToArray();
    }

    private static void WritePart(ZipArchive zip, string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Optimal).Open(), Utf8);
        writer.Write(Declaration);
        write(writer);
    }
}
