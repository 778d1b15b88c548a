using Domain.Events;

namespace Bot.Files;

/// <summary>The attendee list as a plain CSV table, the unit in the first column.</summary>
public static class AttendeesCsv
{
    public static byte[] Write(Meeting meeting, IReadOnlyList<AttendeeRow> rows)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(rows);
        return SafeCsv.Write(AttendeeColumns.Headers, rows.Select(row => AttendeeColumns.Values(row, meeting.StartsAt.Offset)));
    }
}
