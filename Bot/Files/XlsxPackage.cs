using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Bot.Files;

/// <summary>
/// The zip container of a workbook (one sheet unless told more), written part after part straight into the output,
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

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ZipArchive zip;
    private readonly int sheets;

    public XlsxPackage(Stream output, int sheets = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sheets, 1);
        this.sheets = sheets;
        zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Utf8);
        var overrides = string.Concat(Enumerable.Range(1, sheets).Select(n => $"""<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" />"""));
        WritePart("[Content_Types].xml", writer => writer.Write($"""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" /><Default Extension="xml" ContentType="application/xml" /><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" /><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" />{overrides}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>"""));
        WritePart("_rels/.rels", writer => writer.Write($"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="{Relationships}/officeDocument" Target="/xl/workbook.xml" Id="rId1" /></Relationships>"""));
        var more = string.Concat(Enumerable.Range(2, sheets - 1).Select(n => $"""<Relationship Type="{Relationships}/worksheet" Target="/xl/worksheets/sheet{n}.xml" Id="{SheetRelation(n)}" />"""));
        WritePart("xl/_rels/workbook.xml.rels", writer => writer.Write($"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="{Relationships}/worksheet" Target="/xl/worksheets/sheet1.xml" Id="{SheetRelation(1)}" /><Relationship Type="{Relationships}/styles" Target="/xl/styles.xml" Id="rId2" /><Relationship Type="{Relationships}/sharedStrings" Target="/xl/sharedStrings.xml" Id="rId3" />{more}</Relationships>"""));
    }

    /// <summary>The workbook part, naming the sheets in order (as many as the package was made for).</summary>
    public void WriteWorkbook(params IReadOnlyList<string> sheetNames) => WriteWorkbook(sheetNames, []);

    /// <summary>The workbook part, with rows printed again at the top of every page of their sheet.</summary>
    public void WriteWorkbook(IReadOnlyList<string> sheetNames, IReadOnlyList<RepeatedRows> printTitles)
    {
        ArgumentNullException.ThrowIfNull(sheetNames);
        ArgumentNullException.ThrowIfNull(printTitles);
        if (sheetNames.Count != sheets)
        {
            throw new ArgumentException($"The package holds {sheets} sheet(s).", nameof(sheetNames));
        }

        WritePart("xl/workbook.xml", writer =>
        {
            writer.Write($"<workbook xmlns=\"{MainNamespace}\" xmlns:r=\"{Relationships}\"><sheets>");
            for (var n = 1; n <= sheets; n++)
            {
                writer.Write("<sheet name=\"");
                XmlText.Write(writer, sheetNames[n - 1]);
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"\" sheetId=\"{n}\" r:id=\"{SheetRelation(n)}\" />"));
            }

            writer.Write("</sheets>");
            WritePrintTitles(writer, sheetNames, printTitles);
            writer.Write("</workbook>");
        });
    }

    /// <summary>
    /// Excel's built-in name for rows repeated on each printed page, one per sheet (localSheetId
    /// counts from 0); the sheet's name is quoted as a formula quotes it.
    /// </summary>
    private static void WritePrintTitles(TextWriter writer, IReadOnlyList<string> sheetNames, IReadOnlyList<RepeatedRows> printTitles)
    {
        if (printTitles.Count == 0)
        {
            return;
        }

        writer.Write("<definedNames>");
        foreach (var rows in printTitles)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(rows.Sheet, sheetNames.Count);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<definedName name=\"{RepeatedRows.DefinedName}\" localSheetId=\"{rows.Sheet - 1}\">"));
            XmlText.Write(writer, string.Create(CultureInfo.InvariantCulture, $"'{sheetNames[rows.Sheet - 1].Replace("'", "''", StringComparison.Ordinal)}'!${rows.First}:${rows.Last}"));
            writer.Write("</definedName>");
        }

        writer.Write("</definedNames>");
    }

    public void WriteStyles() => WritePart("xl/styles.xml", writer => writer.Write(WorkbookStyles.Xml));

    /// <summary>The (first) sheet, written by <paramref name="write"/> (from its root element on).</summary>
    public void WriteSheet(Action<TextWriter> write) => WriteSheet(1, write);

    /// <summary>Sheet <paramref name="number"/> (from 1), written by <paramref name="write"/>.</summary>
    public void WriteSheet(int number, Action<TextWriter> write)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, sheets);
        WritePart(string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/sheet{number}.xml"), write);
    }

    public void WriteSharedStrings(SharedStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        WritePart("xl/sharedStrings.xml", strings.WriteTo);
    }

    public void Dispose() => zip.Dispose();

    /// <summary>The first sheet keeps rId1 (styles and strings are 2 and 3), the others follow.</summary>
    private static string SheetRelation(int number) => string.Create(CultureInfo.InvariantCulture, $"rId{(number == 1 ? 1 : number + 2)}");

    private void WritePart(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Optimal).Open(), Utf8);
        writer.Write(Declaration);
        write(writer);
    }
}

/// <summary>Rows <paramref name="First"/> to <paramref name="Last"/> (from 1) of sheet <paramref name="Sheet"/> (from 1), printed atop every page.</summary>
public sealed record RepeatedRows(int Sheet, int First, int Last)
{
    public const string DefinedName = "_xlnm.Print_Titles";
}
