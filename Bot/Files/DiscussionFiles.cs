using Domain.Discussion;
using Domain.Events;

namespace Bot.Files;

/// <summary>The files of the discussion: the comments of a meeting, as XLSX and CSV.</summary>
public sealed class DiscussionFiles : IDiscussionFiles
{
    public byte[] CommentsCsv(Meeting meeting, IReadOnlyList<CommentRow> rows) => Files.CommentsCsv.Write(meeting, rows);

    public byte[] CommentsXlsx(Meeting meeting, IReadOnlyList<CommentRow> rows) => CommentsWorkbook.Write(meeting, rows);
}
