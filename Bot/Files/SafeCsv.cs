using CsvHelper;

namespace Bot.Files;

/// <summary>
/// Writes a table as a CSV that Excel opens safely: UTF-8 with a BOM (without it Vietnamese is
/// garbled), RFC 4180 quoting, CRLF, and every cell through <see cref="SpreadsheetSafety.Neutralize"/>:
/// Excel opens a CSV by guessing, so a cell typed as "=…" or "+84…" would run or turn into a number,
/// and in a CSV the quote is the only protection. A cell that contains ';' is always quoted: Excel
/// with Vietnamese regional settings reads ';' as the separator, and only the quotes keep the cell whole.
/// </summary>
public static class SafeCsv
{
    private static readonly CsvWriterOptions Options = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        WriteByteOrderMark = true,
        // SpreadsheetSafety neutralizes, as in the XLSX; CsvHelper's own escaping would add a second quote.
        Injection = CsvInjection.None,
    };

    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new ChunkedStream();
        using (var csv = CsvWriter.Create(stream, Options, true))
        {
            csv.WriteHeader([.. headers]);
            foreach (var values in rows)
            {
                foreach (var value in values)
                {
                    var safe = SpreadsheetSafety.Neutralize(value);
                    csv.WriteField(safe, safe.Contains(SpreadsheetSafety.ListSeparator, StringComparison.Ordinal) ? CsvQuoting.Always : CsvQuoting.WhenNeeded);
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }
}
