using System.Text;
using Bot.Files;
using CsvHelper;
using Domain.Discussion;
using Domain.Events;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Time.Testing;
using static Bot.Tests.Files.Samples;

namespace Bot.Tests.Files;

/// <summary>
/// Excel with Vietnamese regional settings separates a list with ';', so "x;=1+1" opens there as
/// two cells, the second a formula. Every free-text field of both exports carries such a value.
/// </summary>
public sealed class ListSeparatorExportTests
{
    private const string Typed = "x;=1+1;+2;-3;@SUM(A1);\t=4;\r=5";
    private const string Expected = "x;'=1+1;'+2;'-3;'@SUM(A1);'\t=4;'\r=5";

    private static readonly IReadOnlyList<AttendeeRow> Attendees =
    [
        new(Typed, Typed, Typed, Typed, Typed, Typed, Typed, Typed, Typed, MadeAt),
    ];

    private static readonly IReadOnlyList<CommentRow> Comments =
    [
        new(Typed, Typed, Typed, Typed, Typed, Typed, Typed, 1, MadeAt, null),
    ];

    private static readonly int[] AttendeeTextColumns = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    private static readonly int[] CommentTextColumns = [0, 1, 2, 3, 4, 5, 6];

    private readonly EventFiles eventFiles = new(new FakeTimeProvider(MadeAt));
    private readonly DiscussionFiles discussionFiles = new();

    [Fact]
    public void Attendee_csv_neutralizes_and_quotes_every_segment_of_every_text_field()
    {
        var bytes = eventFiles.AttendeesCsv(Samples.Meeting, Attendees);

        AssertCsv(bytes, AttendeeTextColumns);
    }

    [Fact]
    public void Comment_csv_neutralizes_and_quotes_every_segment_of_every_text_field()
    {
        var bytes = discussionFiles.CommentsCsv(Samples.Meeting, Comments);

        AssertCsv(bytes, CommentTextColumns);
    }

    [Fact]
    public void Attendee_xlsx_neutralizes_every_segment_of_every_text_field()
    {
        var cells = DataRowCells(eventFiles.AttendeesXlsx(Samples.Meeting, Attendees));

        AssertXlsx(cells, AttendeeTextColumns);
    }

    [Fact]
    public void Comment_xlsx_neutralizes_every_segment_of_every_text_field()
    {
        var cells = DataRowCells(discussionFiles.CommentsXlsx(Samples.Meeting, Comments));

        AssertXlsx(cells, CommentTextColumns);
    }

    [Fact]
    public void A_cell_with_a_list_separator_but_nothing_dangerous_is_quoted_and_kept()
    {
        AttendeeRow[] rows = [Attendees[0] with { UnitName = "Phường 1", FullName = "Lan;Hoa", Position = "Ủy viên", Answer = "Tham dự", Reason = null, DelegateName = null, DelegatePosition = null, DelegatePhone = null, Phone = "0909" }];

        var text = Encoding.UTF8.GetString(eventFiles.AttendeesCsv(Samples.Meeting, rows));

        Assert.Contains(",\"Lan;Hoa\",Ủy viên,", text, StringComparison.Ordinal);
    }

    private static void AssertCsv(byte[] bytes, int[] textColumns)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var record = Read(bytes)[1];
        foreach (var column in textColumns)
        {
            Assert.Equal(Expected, record[column]);
        }

        // Quoted, so a reader splitting on ';' still sees one field per cell.
        var quoted = "\"" + Expected + "\"";
        Assert.Equal(textColumns.Length, CountOf(text, quoted));
        Assert.All(record, cell => Assert.True(SpreadsheetSafety.IsSafe(cell), cell));
    }

    private static void AssertXlsx(List<string> cells, int[] textColumns)
    {
        foreach (var column in textColumns)
        {
            // A workbook keeps a CR inside a cell as LF.
            Assert.Equal(Expected.Replace('\r', '\n'), cells[column].Replace("\r", string.Empty, StringComparison.Ordinal));
        }

        Assert.All(cells, cell => Assert.True(SpreadsheetSafety.IsSafe(cell), cell));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static List<string[]> Read(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { HasHeader = false, AllowLineBreaksInQuotes = true });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(reader.Current.ToArray());
        }

        return records;
    }

    /// <summary>The texts of the first row under the header, in column order.</summary>
    private static List<string> DataRowCells(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var sheet = document.WorkbookPart.WorksheetParts.Single().Worksheet;
        var row = sheet.Descendants<Row>().Last();
        return row.Elements<Cell>()
            .Select(c => c.CellValue is null ? string.Empty : strings[int.Parse(c.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture)])
            .ToList();
    }
}
