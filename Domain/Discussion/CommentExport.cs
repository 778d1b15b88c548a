using System.Globalization;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Discussion;

/// <summary>
/// Every comment of a meeting as XLSX and CSV, for organizers only: unit, author, topic, text,
/// wish to speak, status, place in the speaking order and times. Withdrawn comments stay as a
/// line without their text, so the file shows that the unit once sent one.
/// </summary>
public sealed class CommentExport(UnitCatalog units, IDiscussionFiles files)
{
    public IReadOnlyList<CommentRow> Rows(Turn turn, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        var lang = turn.Lang;
        var order = units.All.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var speaking = SpeakingList.Ordered(turn.Store, meeting.Id).Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i + 1, StringComparer.Ordinal);
        return turn.Store.All<Comment>()
            .Where(c => c.MeetingId == meeting.Id)
            .OrderBy(c => order.GetValueOrDefault(c.UnitCode, int.MaxValue))
            .ThenBy(c => c.UnitCode, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.SubmittedAt)
            .Select(c => new CommentRow(
                units.NameOf(c.UnitCode),
                CommentFormat.AuthorName(turn.Store, c, lang),
                turn.Store.Find<Member>(c.MemberId)?.Position ?? string.Empty,
                CommentFormat.TopicName(lang, c.Topic),
                c.Text,
                CommentFormat.YesNo(lang, c.WantsToSpeak),
                CommentFormat.StatusName(lang, c.Status),
                speaking.TryGetValue(c.Id, out var place) ? place : null,
                c.SubmittedAt,
                c.EditedAt))
            .ToList();
    }

    public void Export(Turn turn, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        var rows = Rows(turn, meeting);
        turn.Reply(new DocumentOut($"{meeting.FileStem}-y-kien.xlsx", files.CommentsXlsx(meeting, rows), Texts.CommentsExportCaption.For(turn.Lang, meeting.Title)));
        turn.Reply(new DocumentOut($"{meeting.FileStem}-y-kien.csv", files.CommentsCsv(meeting, rows)));
        turn.Audit("comments.exported", meeting.Id, rows.Count.ToString(CultureInfo.InvariantCulture));
    }
}
