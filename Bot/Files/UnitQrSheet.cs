using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Domain.Team;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Bot.Files;

/// <summary>
/// The printable page of registration QR codes: an A4 Word document, the title and a line on how to
/// use the codes, then a table of cards (five a row, none split across pages), each with the QR
/// picture and one line under it: the unit's code and name. Six rows of five fit one A4 page
/// (<see cref="QrSheet.CardsPerPage"/>), more than the default list of units; a longer list goes
/// on to further pages, row by row. A .docx, because the organizers edit and print Word files;
/// written with the Open XML SDK (a few dozen pictures, no streaming needed).
/// </summary>
public static class UnitQrSheet
{
    public const int Columns = 5;

    public const int RowsPerPage = QrSheet.CardsPerPage / Columns;

    /// <summary>A4 in twentieths of a point, and a 1.27 cm margin (Word's "narrow").</summary>
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 720;
    private const int ColumnWidth = (PageWidth - (2 * Margin)) / Columns;

    /// <summary>The printed picture, quiet zone included: 3 cm, in EMU (360,000 a centimetre), still read by a phone at arm's length.</summary>
    private const long PictureSize = 30 * 36_000L;

    /// <summary>The card's line, in half-points: 8 pt keeps the longest unit name to two lines.</summary>
    private const int CardTextSize = 16;

    /// <summary>The picture's paragraph: a tiny font, so its line is the picture's height and little more.</summary>
    private const int PictureLineSize = 4;

    private const string Font = "Times New Roman";

    public static byte[] Write(QrSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(
                Line(sheet.Title, 24, bold: true, spaceAfter: 120),
                Line(sheet.Note, 18, italic: true, spaceAfter: 120),
                Cards(main, sheet.Units),
                // Word needs a paragraph after a table; a tiny one, so a full page does not spill a blank one.
                Line(string.Empty, PictureLineSize),
                new SectionProperties(
                    new PageSize { Width = PageWidth, Height = PageHeight },
                    new PageMargin { Top = Margin, Right = (uint)Margin, Bottom = Margin, Left = (uint)Margin, Header = 360U, Footer = 360U, Gutter = 0U }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Table Cards(MainDocumentPart main, IReadOnlyList<UnitQr> units)
    {
        var border = new Func<BorderType>[] { () => new TopBorder(), () => new LeftBorder(), () => new BottomBorder(), () => new RightBorder(), () => new InsideHorizontalBorder(), () => new InsideVerticalBorder() };
        var borders = new TableBorders(border.Select(make =>
        {
            var b = make();
            b.Val = BorderValues.Dashed;
            b.Size = 4U;
            b.Color = "A6A6A6";
            return (OpenXmlElement)b;
        }));
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = (ColumnWidth * Columns).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                borders,
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(Enumerable.Range(0, Columns).Select(_ => new GridColumn { Width = ColumnWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var pictureId = 1U;
        foreach (var row in units.Chunk(Columns))
        {
            var cells = row.Select(unit => Card(main, unit, pictureId++))
                .Concat(Enumerable.Range(0, Columns - row.Length).Select(_ => Cell(new Paragraph())));
            table.Append(new TableRow([new TableRowProperties(new CantSplit()), .. cells]));
        }

        return table;
    }

    private static TableCell Card(MainDocumentPart main, UnitQr unit, uint pictureId)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(UnitQrImage.RenderBare(unit.Payload)))
        {
            image.FeedData(png);
        }

        var picture = new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Before = "60", After = "0" }, new Justification { Val = JustificationValues.Center }, new ParagraphMarkRunProperties(new FontSize { Val = Size(PictureLineSize) })),
            new Run(new RunProperties(new FontSize { Val = Size(PictureLineSize) }), Picture(main.GetIdOfPart(image), unit, pictureId)));
        var caption = Line(unit.Code, CardTextSize, bold: true, center: true, spaceAfter: 60);
        caption.Append(new Run(Look(CardTextSize, bold: false, italic: false), new Text(" – " + SharedStrings.Clean(unit.UnitName)) { Space = SpaceProcessingModeValues.Preserve }));
        return Cell(picture, caption);
    }

    private static string Size(int halfPoints) => halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static TableCell Cell(params OpenXmlElement[] content) =>
        new([new TableCellProperties(new TableCellWidth { Width = ColumnWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }), .. content]);

    private static Paragraph Line(string text, int halfPoints, bool bold = false, bool italic = false, bool center = false, int spaceAfter = 0) =>
        new(
            new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = spaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new Justification { Val = center ? JustificationValues.Center : JustificationValues.Left },
                new ParagraphMarkRunProperties(new FontSize { Val = Size(halfPoints) })),
            new Run(Look(halfPoints, bold, italic), new Text(SharedStrings.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));

    private static RunProperties Look(int halfPoints, bool bold, bool italic)
    {
        var look = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font });
        if (bold)
        {
            look.Append(new Bold());
        }

        if (italic)
        {
            look.Append(new Italic());
        }

        look.Append(new FontSize { Val = Size(halfPoints) });
        return look;
    }

    /// <summary>The picture inline in its paragraph; its description is what the code holds, for screen readers.</summary>
    private static Drawing Picture(string relationshipId, UnitQr unit, uint id) => new(
        new Dw.Inline(
            new Dw.Extent { Cx = PictureSize, Cy = PictureSize },
            new Dw.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Dw.DocProperties { Id = id, Name = $"QR {SharedStrings.Clean(unit.Code)}", Description = SharedStrings.Clean(unit.Payload) },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = 0U, Name = UnitQrZip.EntryName(unit) },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = PictureSize, Cy = PictureSize }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
}
