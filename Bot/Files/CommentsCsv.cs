using Domain.Discussion;
using Domain.Events;

namespace Bot.Files;

/// <summary>The comments of a meeting as a CSV table, one row per comment.</summary>
public static class CommentsCsv
{
    public static byte[] Write(Meeting meeting, IReadOnlyList<CommentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(rows);
        return SafeCsv.Write(CommentColumns.Headers, rows.Select(row => CommentColumns.Values(row, meeting.StartsAt.Offset)));
    }
}
