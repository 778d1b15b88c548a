using System.Text;
using CsvHelper;

namespace Domain.Guests;

/// <summary>
/// Splits one CSV row into its fields with CsvHelper: a quoted field may hold the separator and
/// doubled quotes (Excel writes "Ban Dân vận, Quận ủy" so). The separator is "|", ";" or a tab when
/// one stands outside quotes (Excel in Vietnamese uses ";"), otherwise a comma; it is chosen for
/// each line, because a pasted list may mix them.
/// </summary>
public static class CsvFields
{
    public static IReadOnlyList<string> Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var options = new CsvReaderOptions
        {
            Separator = SeparatorOf(line),
            HasHeader = false,
            // People type a space after the separator, also before a quoted field.
            TrimWhitespace = true,
            // A stray quote is kept as typed (the default): the guest line's own checks judge the field.
            MalformedData = CsvMalformedDataHandling.Recover,
        };
        using var reader = CsvReader.FromText(line, options);
        return reader.Read() ? reader.Current.ToArray() : [string.Empty];
    }

    private static char SeparatorOf(string line)
    {
        var outside = new StringBuilder(line.Length);
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                outside.Append(c);
            }
        }

        var text = outside.ToString();
        return text.Contains('|', StringComparison.Ordinal) ? '|' : text.Contains(';', StringComparison.Ordinal) ? ';' : text.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
    }
}
