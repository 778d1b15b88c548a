using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Bot.Tests.Campaigns;

/// <summary>A campaign workbook read back with the Open XML SDK: its validation errors and its rows of text.</summary>
public static class CampaignXlsx
{
    public static IReadOnlyList<string> Errors(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    /// <summary>Every row, each cell's text (shared strings resolved), in sheet order.</summary>
    public static List<string[]> Rows(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var sheet = document.WorkbookPart.WorksheetParts.Single().Worksheet;
        Assert.Empty(sheet.Descendants<CellFormula>());
        return sheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.CellValue is null ? string.Empty : strings[int.Parse(c.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture)]).ToArray())
            .ToList();
    }
}
