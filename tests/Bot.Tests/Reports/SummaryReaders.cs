using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Bot.Tests.Reports;

/// <summary>
/// The summary's files read back by readers that share nothing with the writers: the Open XML SDK
/// for the workbook and the draft (cells placed by their reference, any cell type), plain text for the CSV.
/// </summary>
public static class SummaryReaders
{
    public static IReadOnlyList<string> Errors(OpenXmlPackage document) =>
        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

    public static IReadOnlyList<string> XlsxErrors(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return Errors(document);
    }

    public static IReadOnlyList<string> DocxErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return Errors(document);
    }

    /// <summary>The rows after <paramref name="afterRow"/> (1-based), each cell's shown text at its column; no formula anywhere.</summary>
    public static List<string[]> XlsxRows(byte[] xlsx, int afterRow)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var strings = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = document.WorkbookPart.WorksheetParts.Single().Worksheet!;
        Assert.Empty(sheet.Descendants<CellFormula>());
        return sheet.Descendants<Row>()
            .Where(r => r.RowIndex!.Value > afterRow)
            .Select(r =>
            {
                var cells = r.Elements<Cell>().Select(c => (Column: Column(c.CellReference!.Value!), Text: Text(c, strings))).ToList();
                var line = new string[cells.Count == 0 ? 0 : cells.Max(c => c.Column) + 1];
                Array.Fill(line, string.Empty);
                foreach (var (column, text) in cells)
                {
                    line[column] = text;
                }

                return line;
            })
            .ToList();
    }

    /// <summary>Every row of the draft's single table, each cell's text.</summary>
    public static List<string[]> DocxTable(byte[] docx, out string text)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        text = string.Join('\n', body.Elements<Word.Paragraph>().Select(p => p.InnerText));
        return body.Elements<Word.Table>().Single().Elements<Word.TableRow>().Select(r => r.Elements<Word.TableCell>().Select(c => c.InnerText).ToArray()).ToList();
    }

    /// <summary>The CSV's records after the header, read by a small RFC 4180 reader (quoted fields, doubled quotes).</summary>
    public static List<string[]> CsvRows(byte[] csv)
    {
        var text = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF');
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted || field.Length > 0 || fields.Count > 0, "the CSV does not end with a line break");
        return records.Skip(1).ToList();
    }

    private static string Text(Cell cell, List<string> strings)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)];
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? string.Empty : cell.CellValue?.Text ?? string.Empty;
    }

    private static int Column(string reference)
    {
        var column = 0;
        foreach (var letter in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            column = (column * 26) + (letter - 'A' + 1);
        }

        return column - 1;
    }
}
