using System.Text;

namespace Domain.Guests;

/// <summary>
/// Splits one CSV row into its fields: a quoted field may hold the separator and doubled quotes
/// (Excel writes "Ban Dân vận, Quận ủy" so). The separator is "|", ";" or a tab when one stands
/// outside quotes (Excel in Vietnamese uses ";"), otherwise a comma.
/// </summary>
public static class CsvFields
{
    public static IReadOnlyList<string> Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var separator = SeparatorOf(line);
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
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
