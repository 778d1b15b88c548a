using CsvHelper;
using Domain.Events;

namespace Bot.Files;

/// <summary>
/// Writes the attendee list as a plain CSV table: one header row, then one row per person, the
/// unit in the first column. Every cell goes through <see cref="SpreadsheetSafety.Neutralize"/>,
/// phone numbers included: Excel opens a CSV by guessing, and "+84…" would become a number, or
/// something worse if a member typed a formula there, so in a CSV the quote is the only protection.
/// </summary>
public static class AttendeesCsv
{
    private static readonly CsvWriterOptions Options = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        // Excel only reads a CSV as UTF-8 when it starts with a BOM; without it Vietnamese is garbled.
        WriteByteOrderMark = true,
        // Neutralization is done by SpreadsheetSafety, the same rule as in the XLSX; CsvHelper's
        // own (CsvInjection.Escape) would add a second quote.
        Injection = CsvInjection.None,
    };

    public static byte[] Write(Meeting meeting, IReadOnlyList<AttendeeRow> rows)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(rows);

        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, true))
        {
            csv.WriteHeader([.. AttendeeColumns.Headers]);
            foreach (var row in rows)
            {
                var values = AttendeeColumns.Values(row, meeting.StartsAt.Offset);
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
