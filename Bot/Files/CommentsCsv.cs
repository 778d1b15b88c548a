using CsvHelper;
using Domain.Discussion;
using Domain.Events;

namespace Bot.Files;

/// <summary>
/// Writes the comments of a meeting as a CSV table: one header row, then one row per comment.
/// Every cell goes through <see cref="SpreadsheetSafety.Neutralize"/>: a comment is free text a
/// member typed, and Excel would run one starting with "=" as a formula.
/// </summary>
public static class CommentsCsv
{
    private static readonly CsvWriterOptions Options = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        // Excel only reads a CSV as UTF-8 when it starts with a BOM; without it Vietnamese is garbled.
        WriteByteOrderMark = true,
        // SpreadsheetSafety neutralizes, as in the XLSX; CsvHelper's own escaping would add a second quote.
        Injection = CsvInjection.None,
    };

    public static byte[] Write(Meeting meeting, IReadOnlyList<CommentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(rows);

        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, true))
        {
            csv.WriteHeader([.. CommentColumns.Headers]);
            foreach (var row in rows)
            {
                var values = CommentColumns.Values(row, meeting.StartsAt.Offset);
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = SpreadsheetSafety.Neutralize(values[i]);
                }

                csv.WriteRecord(values);
            }
        }

        return stream.ToArray();
    }
}
