using System.Text;
using Domain.Discussion;
using Domain.Events;

namespace Domain.Tests.Support;

/// <summary>
/// Stands in for the shell's comment exports (tested on their own in Bot.Tests): records the rows
/// it was asked to render and returns a small marker file.
/// </summary>
public sealed class StubDiscussionFiles : IDiscussionFiles
{
    public List<IReadOnlyList<CommentRow>> Exported { get; } = [];

    public byte[] CommentsCsv(Meeting meeting, IReadOnlyList<CommentRow> rows)
    {
        Exported.Add(rows);
        return Encoding.UTF8.GetBytes($"csv:{meeting.Id}:{rows.Count}");
    }

    public byte[] CommentsXlsx(Meeting meeting, IReadOnlyList<CommentRow> rows) => Encoding.UTF8.GetBytes($"xlsx:{meeting.Id}:{rows.Count}");
}
