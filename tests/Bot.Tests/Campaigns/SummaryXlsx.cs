using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bot.Tests.Campaigns;

/// <summary>A workbook of several sheets read back with the Open XML SDK: each sheet's name and rows, numbers as written.</summary>
public static class SummaryXlsx
{
    public sealed record Cell(string Text, bool IsNumber);

    public static IReadOnlyList<(string Name, List<Cell[]> Rows)> Sheets(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        return workbook.Workbook.Sheets!.Elements<Sheet>()
            .Select(sheet =>
            {
                var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
                Assert.Empty(part.Worksheet.Descendants<CellFormula>());
                var rows = part.Worksheet.Descendants<Row>()
                    .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => Read(c, strings)).ToArray())
                    .ToList();
                return (sheet.Name!.Value!, rows);
            })
            .ToList();
    }

    private static Cell Read(DocumentFormat.OpenXml.Spreadsheet.Cell cell, List<string> strings)
    {
        if (cell.CellValue is null)
        {
            return new(string.Empty, false);
        }

        return cell.DataType?.Value == CellValues.SharedString
            ? new(strings[int.Parse(cell.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture)], false)
            : new(cell.CellValue.Text, true);
    }
}
