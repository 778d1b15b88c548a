using Domain.Team;

namespace Bot.Files;

/// <summary>The team's roster as a CSV table, one row per member, without the title rows (a table for other programs).</summary>
public static class RosterCsv
{
    public static byte[] Write(Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return SafeCsv.Write(RosterColumns.Headers, roster.Rows.Select((row, i) => RosterColumns.Values(row, i + 1)));
    }
}
