using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.Discussion;

/// <summary>
/// Applies an organizer's review of a comment in its author's queue, where every write of that
/// comment happens. The organizer's role is checked again here (it may have changed in between),
/// the audit line names the organizer and carries no text, and the author hears when their
/// comment is chosen to speak or taken off the list.
/// </summary>
public sealed class ReviewDecisions(UnitCatalog units) : ISignalHandler
{
    public const string SignalName = "comment.review";

    public string Name => SignalName;

    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        if (Access.RoleOf(turn.Store, turn.Settings, signal.By) != Role.Organizer
            || signal.Args.Split('|') is not [var id, var name]
            || !Enum.TryParse<CommentStatus>(name, out var status)
            || status is not (CommentStatus.Seen or CommentStatus.Hidden or CommentStatus.Selected))
        {
            return;
        }

        if (turn.Store.Find<Comment>(id) is not { } comment || comment.MemberId != turn.From.ToString())
        {
            MemberTexts.Tell(turn, signal.By, Texts.CommentGone);
            return;
        }

        var lang = MemberTexts.LangOf(turn.Store, signal.By, turn.Settings.DefaultLanguage);
        var author = CommentFormat.AuthorName(turn.Store, comment, lang);
        if (!comment.IsActive)
        {
            MemberTexts.Tell(turn, signal.By, Texts.CommentReviewWithdrawn);
            return;
        }

        if (comment.Status == status)
        {
            MemberTexts.Tell(turn, signal.By, Texts.CommentReviewUnchanged, author, units.NameOf(comment.UnitCode), CommentFormat.StatusName(lang, status));
            return;
        }

        turn.Changes.Put(comment with
        {
            Status = status,
            ReviewedBy = signal.By.ToString(),
            ReviewedAt = turn.Now,
            SelectedAt = status == CommentStatus.Selected ? turn.Now : null,
        });
        turn.Changes.Record(new AuditEntry(turn.Now, signal.By, $"comment.{status.ToString().ToLowerInvariant()}", comment.Id, comment.Status.ToString()));
        MemberTexts.Tell(turn, signal.By, Texts.CommentReviewDone, author, units.NameOf(comment.UnitCode), CommentFormat.StatusName(lang, status));
        TellAuthor(turn, comment, status);
    }

    private static void TellAuthor(Turn turn, Comment comment, CommentStatus status)
    {
        if (turn.Store.Find<Member>(comment.MemberId) is null || turn.Store.Find<Meeting>(comment.MeetingId) is not { } meeting)
        {
            return;
        }

        var topic = CommentFormat.TopicName(turn.Lang, comment.Topic);
        if (status == CommentStatus.Selected)
        {
            turn.Say(Texts.YourCommentSelected, meeting.Title, topic);
        }
        else if (comment.Status == CommentStatus.Selected)
        {
            turn.Say(Texts.YourCommentUnselected, meeting.Title, topic);
        }
    }
}
