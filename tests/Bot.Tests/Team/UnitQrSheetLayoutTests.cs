using Bot.Files;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Domain.Conversations;
using Domain.Members;
using Domain.Team;
using Domain.Text;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Bot.Tests.Team;

/// <summary>
/// "trang in khổ A4" is one page: the sheet's height is added up from the document itself (pictures'
/// extents, each text line at 1.2 × its font size, a character at half its font size wide, spacing,
/// borders) and must fit the A4 page inside its margins, for every unit of the default list.
/// </summary>
public sealed class UnitQrSheetLayoutTests
{
    /// <summary>Word's default left and right cell margins (0.19 cm each), in twips.</summary>
    private const int CellMargins = 2 * 108;

    private static readonly UnitCatalog Units = Bot.Storage.UnitFile.Load(Path.Combine(AppContext.BaseDirectory, "data", "units.json"));

    private static readonly ChannelLinks Links = new("mttq_q5_bot");

    /// <summary>Every unit of the default file, guests' included: more than /maqr prints.</summary>
    private static List<UnitQr> AllUnits() =>
        Units.All.Select(u => new UnitQr(u.Code, u.Name, Links.TelegramStart(u.Code)!, RegistrationCodes.Typed(u.Code))).ToList();

    private static WordprocessingDocument Open(IReadOnlyList<UnitQr> units)
    {
        var sheet = new QrSheet(
            Texts.QrSheetTitle.For(Lang.Vi, "Tổ tuyên truyền viên", "Ủy ban Mặt trận Tổ quốc Việt Nam Quận 5").ToPlain(),
            Texts.QrSheetNoteLink.For(Lang.Vi, "/start P01").ToPlain(),
            units);
        return WordprocessingDocument.Open(new MemoryStream(UnitQrSheet.Write(sheet)), false);
    }

    private static int Number(string? value) => int.Parse(value ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A paragraph's height in twips, estimated generously.</summary>
    private static double Height(Paragraph paragraph, int width)
    {
        var spacing = paragraph.ParagraphProperties?.SpacingBetweenLines;
        var halfPoints = paragraph.Descendants<FontSize>().Select(f => Number(f.Val?.Value)).DefaultIfEmpty(24).Max();
        var line = halfPoints / 2.0 * 20 * 1.2;
        var picture = paragraph.Descendants<Dw.Extent>().Sum(e => e.Cy!.Value / 635.0);
        var charactersPerLine = width / (halfPoints / 2.0 * 20 * 0.5);
        var lines = picture > 0 ? 1 : Math.Max(1, Math.Ceiling(paragraph.InnerText.Length / charactersPerLine));
        return Number(spacing?.Before?.Value) + Number(spacing?.After?.Value) + picture + (lines * line);
    }

    private static (double Used, long Available, int Rows) Measure(WordprocessingDocument document)
    {
        var body = document.MainDocumentPart!.Document!.Body!;
        var section = body.Elements<SectionProperties>().Single();
        var (size, margin) = (section.GetFirstChild<PageSize>()!, section.GetFirstChild<PageMargin>()!);
        var textWidth = (int)(size.Width!.Value - margin.Left!.Value - margin.Right!.Value);
        var used = body.Elements<Paragraph>().Sum(p => Height(p, textWidth));
        var table = body.Elements<Table>().Single();
        var border = table.Descendants<InsideHorizontalBorder>().Single().Size!.Value / 8.0 * 20;
        var rows = table.Elements<TableRow>().ToList();
        used += rows.Sum(row => (2 * border) + row.Elements<TableCell>().Max(cell =>
            cell.Elements<Paragraph>().Sum(p => Height(p, Number(cell.TableCellProperties!.TableCellWidth!.Width!.Value) - CellMargins))));
        return (used, size.Height!.Value - margin.Top!.Value - margin.Bottom!.Value, rows.Count);
    }

    [Fact]
    public void Every_unit_of_the_default_file_fits_one_a4_page()
    {
        var units = AllUnits();
        Assert.True(units.Count <= QrSheet.CardsPerPage, $"{units.Count} units");

        using var document = Open(units);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var (used, available, rows) = Measure(document);
        Assert.Equal((units.Count + UnitQrSheet.Columns - 1) / UnitQrSheet.Columns, rows);
        Assert.True(used <= available, $"{used:0} twips of content on a page of {available}");
    }

    [Fact]
    public void A_full_page_of_the_longest_printed_name_still_fits()
    {
        var longest = RegistrationCodes.For(Units, Links).MaxBy(u => u.UnitName.Length)!;
        var units = Enumerable.Range(1, QrSheet.CardsPerPage).Select(i => longest with { Code = $"{longest.Code}{i}" }).ToList();

        using var document = Open(units);

        var (used, available, rows) = Measure(document);
        Assert.Equal(UnitQrSheet.RowsPerPage, rows);
        Assert.True(used <= available, $"{used:0} twips of content on a page of {available}");
    }

    [Fact]
    public void The_codes_are_printed_at_least_3_cm_wide_so_a_phone_reads_them()
    {
        using var document = Open(AllUnits());

        var extents = document.MainDocumentPart!.Document!.Body!.Descendants<Dw.Extent>().ToList();
        Assert.Equal(AllUnits().Count, extents.Count);
        Assert.All(extents, e => Assert.True(e.Cx!.Value >= 3 * 360_000L && e.Cy!.Value == e.Cx.Value, $"{e.Cx.Value} EMU"));
    }

    [Fact]
    public void A_list_longer_than_a_page_keeps_each_row_whole_and_is_valid()
    {
        var units = Enumerable.Range(1, 70).Select(i => new UnitQr($"P{i:00}", $"Phường {i}", Links.TelegramStart($"P{i:00}")!, RegistrationCodes.Typed($"P{i:00}"))).ToList();

        using var document = Open(units);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var rows = document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().ToList();
        Assert.Equal(14, rows.Count);
        Assert.All(rows, row => Assert.NotNull(row.TableRowProperties?.GetFirstChild<CantSplit>()));
    }
}
