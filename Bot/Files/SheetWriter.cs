using System.Globalization;

namespace Bot.Files;

/// <summary>
/// The rows of a sheet being written: each one goes out as text as it is appended, every word a
/// shared-string cell with a style, every figure a number cell. Merged ranges are kept and written after the rows.
/// </summary>
public sealed class SheetWriter(TextWriter writer, SharedStrings strings)
{
    private readonly List<string> merges = [];

    /// <summary>A row of text cells; <paramref name="phoneColumns"/> keep plain phone numbers dialable.</summary>
    public void Line(uint rowIndex, IReadOnlyList<string> values, uint style, IReadOnlyCollection<int>? phoneColumns = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        StartRow(rowIndex);
        for (var i = 0; i < values.Count; i++)
        {
            TextCell(i, rowIndex, Safe(values[i], phoneColumns?.Contains(i) == true), style);
        }

        writer.Write("</row>");
    }

    /// <summary>A row of text cells then number cells (a table of figures: names first, counts after).</summary>
    public void Figures(uint rowIndex, IReadOnlyList<string> texts, IReadOnlyList<int> numbers, uint textStyle, uint numberStyle)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(numbers);
        StartRow(rowIndex);
        for (var i = 0; i < texts.Count; i++)
        {
            TextCell(i, rowIndex, Safe(texts[i]), textStyle);
        }

        for (var i = 0; i < numbers.Count; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"""<c r="{ColumnName(texts.Count + i)}{rowIndex}" s="{numberStyle}"><v>{numbers[i]}</v></c>"""));
        }

        writer.Write("</row>");
    }

    /// <summary>The same with large figures; a null figure is an empty cell that keeps the figures' style (a unit that did not report).</summary>
    public void Figures(uint rowIndex, IReadOnlyList<string> texts, IReadOnlyList<long?> numbers, uint textStyle, uint numberStyle)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(numbers);
        StartRow(rowIndex);
        for (var i = 0; i < texts.Count; i++)
        {
            TextCell(i, rowIndex, Safe(texts[i]), textStyle);
        }

        for (var i = 0; i < numbers.Count; i++)
        {
            var reference = ColumnName(texts.Count + i) + rowIndex.ToString(CultureInfo.InvariantCulture);
            writer.Write(numbers[i] is { } value
                ? string.Create(CultureInfo.InvariantCulture, $"""<c r="{reference}" s="{numberStyle}"><v>{value}</v></c>""")
                : string.Create(CultureInfo.InvariantCulture, $"""<c r="{reference}" s="{numberStyle}" />"""));
        }

        writer.Write("</row>");
    }

    /// <summary>One text in the first cell; the other cells of a merged row carry the style so the fill spans it.</summary>
    public void SingleCellRow(uint rowIndex, string text, uint style, int fillTo = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        StartRow(rowIndex);
        TextCell(0, rowIndex, Safe(text), style);
        for (var i = 1; i < fillTo; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"""<c r="{ColumnName(i)}{rowIndex}" s="{style}" />"""));
        }

        writer.Write("</row>");
    }

    /// <summary>A range (such as A4:J4) shown as one cell.</summary>
    public void Merge(string reference) => merges.Add(reference);

    /// <summary>The merged ranges, after the sheet's data.</summary>
    public void WriteMerges()
    {
        if (merges.Count == 0)
        {
            return;
        }

        writer.Write(string.Create(CultureInfo.InvariantCulture, $"""<mergeCells count="{merges.Count}">"""));
        foreach (var reference in merges)
        {
            writer.Write($"""<mergeCell ref="{reference}" />""");
        }

        writer.Write("</mergeCells>");
    }

    /// <summary>A, B, … Z, AA, …, for a 0-based column index.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>
    /// Cleaned for XML first, then neutralized: the other way round, a stray control character in
    /// front of "=…" would hide it from the check and then be dropped, leaving a bare formula.
    /// </summary>
    private static string Safe(string text, bool phone = false)
    {
        var clean = SharedStrings.Clean(text);
        return phone ? SpreadsheetSafety.NeutralizePhone(clean) : SpreadsheetSafety.Neutralize(clean);
    }

    private void StartRow(uint rowIndex) => writer.Write(string.Create(CultureInfo.InvariantCulture, $"""<row r="{rowIndex}">"""));

    private void TextCell(int column, uint row, string text, uint style) =>
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"""<c r="{ColumnName(column)}{row}" s="{style}" t="s"><v>{strings.IndexOf(text)}</v></c>"""));
}
