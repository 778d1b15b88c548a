using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Discussion;

/// <summary>
/// The organizers' pages of comments, by topic in the order of the meeting's contents: a header
/// with the counts, then each comment of the page with its own buttons. The page buttons and the
/// menu ride on the last message, so a channel that offers only the last message's buttons (the
/// console) still reaches them.
/// </summary>
public sealed class ReviewPages(UnitCatalog units)
{
    public const int PageSize = 5;

    /// <summary>Only new comments.</summary>
    public const string NewView = "n";

    /// <summary>Every comment not withdrawn.</summary>
    public const string AllView = "a";

    public void Show(Turn turn, Meeting meeting, string view, int page)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        var lang = turn.Lang;
        var all = turn.Store.All<Comment>().Where(c => c.MeetingId == meeting.Id).ToList();
        var listed = all.Where(c => view == AllView ? c.IsActive : c.Status == CommentStatus.New)
            .OrderBy(c => CommentFormat.TopicRank(meeting, c.Topic))
            .ThenBy(c => c.SubmittedAt)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        var pages = Math.Max(1, (listed.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 0, pages - 1);

        int Count(CommentStatus status) => all.Count(c => c.Status == status);
        var header = Texts.CommentsReviewHeader.For(
            lang,
            meeting.Title,
            Count(CommentStatus.New),
            Count(CommentStatus.Seen),
            Count(CommentStatus.Selected),
            Count(CommentStatus.Hidden),
            Count(CommentStatus.Withdrawn));
        var position = listed.Count == 0
            ? (view == AllView ? Texts.NoComments : Texts.NoNewComments).For(lang)
            : (view == AllView ? Texts.CommentsPageAll : Texts.CommentsPageNew).For(lang, page + 1, pages);
        var menu = Menu(lang, meeting, view, page, pages);
        var shown = listed.Skip(page * PageSize).Take(PageSize).ToList();
        if (shown.Count == 0)
        {
            turn.Reply(new TextOut(Html.Join("\n\n", [header, position])).WithButtons([.. menu]));
            return;
        }

        turn.Reply(new TextOut(Html.Join("\n\n", [header, position])));
        for (var i = 0; i < shown.Count; i++)
        {
            var rows = new List<Button[]> { Actions(lang, shown[i]) };
            if (i == shown.Count - 1)
            {
                rows.AddRange(menu);
            }

            turn.Reply(new TextOut(Card(turn, meeting, shown[i])).WithButtons([.. rows]));
        }
    }

    /// <summary>A comment as organizers see it: topic, author and unit, times, wish to speak, status, the text.</summary>
    public Html Card(Turn turn, Meeting meeting, Comment comment)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(comment);
        var lang = turn.Lang;
        var zone = turn.Settings.TimeZone;
        return Texts.CommentCard.For(
            lang,
            CommentFormat.TopicName(lang, comment.Topic),
            CommentFormat.AuthorName(turn.Store, comment, lang),
            units.NameOf(comment.UnitCode),
            MeetingFormat.When(comment.SubmittedAt, zone, lang),
            comment.EditedAt is { } edited ? Texts.CommentEditedNote.For(lang, MeetingFormat.When(edited, zone, lang)) : null,
            CommentFormat.YesNo(lang, comment.WantsToSpeak),
            CommentFormat.StatusName(lang, comment.Status),
            comment.Text);
    }

    /// <summary>What an organizer may do with a comment in its current status.</summary>
    private static Button[] Actions(Lang lang, Comment comment)
    {
        var seen = new Button(Texts.MarkCommentSeen.Plain(lang), new ReviewButton.Mark(comment.Id, ReviewMark.Seen).Encode());
        var hide = new Button(Texts.MarkCommentHidden.Plain(lang), new ReviewButton.Mark(comment.Id, ReviewMark.Hide).Encode());
        var select = new Button(Texts.MarkCommentSelected.Plain(lang), new ReviewButton.Mark(comment.Id, ReviewMark.Select).Encode());
        return comment.Status switch
        {
            CommentStatus.New => [seen, hide, select],
            CommentStatus.Seen => [hide, select],
            CommentStatus.Hidden => [new Button(Texts.UnhideComment.Plain(lang), new ReviewButton.Mark(comment.Id, ReviewMark.Undo).Encode()), select],
            CommentStatus.Selected => [new Button(Texts.UnselectComment.Plain(lang), new ReviewButton.Mark(comment.Id, ReviewMark.Undo).Encode())],
            _ => [],
        };
    }

    private static List<Button[]> Menu(Lang lang, Meeting meeting, string view, int page, int pages)
    {
        var key = meeting.Key();
        var rows = new List<Button[]>();
        var turning = new List<Button>();
        if (page > 0)
        {
            turning.Add(new Button(Texts.CommentsPreviousPage.Plain(lang), new ReviewButton.Page(key, view, page - 1).Encode()));
        }

        if (page < pages - 1)
        {
            turning.Add(new Button(Texts.CommentsNextPage.Plain(lang), new ReviewButton.Page(key, view, page + 1).Encode()));
        }

        if (turning.Count > 0)
        {
            rows.Add([.. turning]);
        }

        rows.Add([new Button(Texts.SpeakersButton.Plain(lang), new ReviewButton.Speakers(key).Encode()), new Button(Texts.CommentUnitsButton.Plain(lang), new ReviewButton.Units(key).Encode())]);
        rows.Add(
        [
            view == AllView
                ? new Button(Texts.ShowNewComments.Plain(lang), new ReviewButton.Page(key, NewView, 0).Encode())
                : new Button(Texts.ShowAllComments.Plain(lang), new ReviewButton.Page(key, AllView, 0).Encode()),
            new Button(Texts.CommentsExportButton.Plain(lang), new ReviewButton.Export(key).Encode()),
        ]);
        return rows;
    }
}
