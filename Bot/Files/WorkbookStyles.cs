using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bot.Files;

/// <summary>
/// The few cell styles the attendee workbook uses, as an Open XML stylesheet. The constants are
/// indexes into its cell formats, in the order <see cref="Create"/> adds them.
/// </summary>
public static class WorkbookStyles
{
    public const uint Default = 0;
    public const uint Text = 1;
    public const uint Header = 2;
    public const uint Title = 3;
    public const uint Subtitle = 4;
    public const uint Unit = 5;

    // Built-in number format 49 is "@" (Text): a value the organizer edits or pastes stays text,
    // so Excel does not turn a phone number into 8.49E+10 or an "=…" into a formula.
    private const uint TextFormat = 49;

    private const uint RegularFont = 0;
    private const uint BoldFont = 1;
    private const uint TitleFont = 2;
    private const uint ItalicFont = 3;

    private const uint NoFill = 0;
    private const uint HeaderFill = 2;
    private const uint UnitFill = 3;

    private const uint NoBorder = 0;
    private const uint ThinBorder = 1;

    public static Stylesheet Create() =>
        new(
            new Fonts(
                Font(bold: false, italic: false, size: 11),
                Font(bold: true, italic: false, size: 11),
                Font(bold: true, italic: false, size: 14),
                Font(bold: false, italic: true, size: 11))
            { Count = 4 },
            new Fills(
                // The first two fills are reserved by the format (none and gray125).
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                SolidFill("FFD9E1F2"),
                SolidFill("FFF2F2F2"))
            { Count = 4 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder()))
            { Count = 2 },
            new CellFormats(
                Format(0, RegularFont, NoFill, NoBorder, wrap: false),
                Format(TextFormat, RegularFont, NoFill, ThinBorder, wrap: true),
                Format(TextFormat, BoldFont, HeaderFill, ThinBorder, wrap: true),
                Format(TextFormat, TitleFont, NoFill, NoBorder, wrap: false),
                Format(TextFormat, ItalicFont, NoFill, NoBorder, wrap: false),
                Format(TextFormat, BoldFont, UnitFill, ThinBorder, wrap: false))
            { Count = 6 });

    private static Font Font(bool bold, bool italic, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = "Calibri" });
        return font;
    }

    private static Fill SolidFill(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 })
        {
            PatternType = PatternValues.Solid,
        });

    private static T Side<T>()
        where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } };

    private static CellFormat Format(uint numberFormat, uint font, uint fill, uint border, bool wrap) =>
        new(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = wrap })
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = border,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFont = font != RegularFont,
            ApplyFill = fill != NoFill,
            ApplyBorder = border != NoBorder,
            ApplyAlignment = true,
        };
}
