namespace Bot.Files;

/// <summary>
/// The few cell styles the meeting workbooks use, as the workbook's styles part. The constants are
/// indexes into its cell formats (cellXfs), in the order they stand there.
/// </summary>
/// <remarks>
/// Fonts: 0 regular, 1 bold, 2 title (bold, 14), 3 italic; all Calibri. Fills: the first two are
/// reserved by the format (none and gray125), 2 the header's blue, 3 the unit rows' gray. Borders:
/// 0 none, 1 thin gray. Number format 49 is the built-in "@" (Text): a value the organizer edits or
/// pastes stays text, so Excel does not turn a phone number into 8.49E+10 or an "=…" into a formula.
/// </remarks>
public static class WorkbookStyles
{
    public const uint Default = 0;
    public const uint Text = 1;
    public const uint Header = 2;
    public const uint Title = 3;
    public const uint Subtitle = 4;
    public const uint Unit = 5;

    /// <summary>A figure (General format) in a bordered cell, so a total sums and a column sorts as numbers.</summary>
    public const uint Number = 6;

    /// <summary>A figure in a bold gray row, beside <see cref="Unit"/> text (the totals).</summary>
    public const uint TotalNumber = 7;

    public const string Xml = """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <fonts count="4">
        <font><sz val="11" /><name val="Calibri" /></font>
        <font><b /><sz val="11" /><name val="Calibri" /></font>
        <font><b /><sz val="14" /><name val="Calibri" /></font>
        <font><i /><sz val="11" /><name val="Calibri" /></font>
        </fonts>
        <fills count="4">
        <fill><patternFill patternType="none" /></fill>
        <fill><patternFill patternType="gray125" /></fill>
        <fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2" /><bgColor indexed="64" /></patternFill></fill>
        <fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2" /><bgColor indexed="64" /></patternFill></fill>
        </fills>
        <borders count="2">
        <border><left /><right /><top /><bottom /><diagonal /></border>
        <border><left style="thin"><color rgb="FFBFBFBF" /></left><right style="thin"><color rgb="FFBFBFBF" /></right><top style="thin"><color rgb="FFBFBFBF" /></top><bottom style="thin"><color rgb="FFBFBFBF" /></bottom><diagonal /></border>
        </borders>
        <cellXfs count="8">
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyNumberFormat="0" applyFont="0" applyFill="0" applyBorder="0" applyAlignment="1"><alignment vertical="top" wrapText="0" /></xf>
        <xf numFmtId="49" fontId="0" fillId="0" borderId="1" applyNumberFormat="1" applyFont="0" applyFill="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1" /></xf>
        <xf numFmtId="49" fontId="1" fillId="2" borderId="1" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1" /></xf>
        <xf numFmtId="49" fontId="2" fillId="0" borderId="0" applyNumberFormat="1" applyFont="1" applyFill="0" applyBorder="0" applyAlignment="1"><alignment vertical="top" wrapText="0" /></xf>
        <xf numFmtId="49" fontId="3" fillId="0" borderId="0" applyNumberFormat="1" applyFont="1" applyFill="0" applyBorder="0" applyAlignment="1"><alignment vertical="top" wrapText="0" /></xf>
        <xf numFmtId="49" fontId="1" fillId="3" borderId="1" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="0" /></xf>
        <xf numFmtId="0" fontId="0" fillId="0" borderId="1" applyNumberFormat="0" applyFont="0" applyFill="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="0" /></xf>
        <xf numFmtId="0" fontId="1" fillId="3" borderId="1" applyNumberFormat="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="0" /></xf>
        </cellXfs>
        </styleSheet>
        """;
}
