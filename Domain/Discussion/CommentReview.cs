using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.Discussion;

/// <summary>
/// /ykien and its buttons, for organizers only: pages of comments, marking one seen, hidden or
/// chosen to speak, the speaking list and its order, the units that have and have not sent
/// comments with a reminder, and the export. Every press checks the presser's role again, and
/// finds the comment or meeting afresh: button data is never trusted.
/// </summary>
public sealed class CommentReview(ReviewPages pages, SpeakingList speakers, UnitProgress progress, CommentExport export) : ICommandHandler, IButtonHandler<ReviewButton>
{
    public IReadOnlyList<string> Names { get; } = ["ykien", "comments"];

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.IsOrganizer() && turn.MemberOf() is { Status: MemberStatus.Approved })
        {
            // A member who types the review's name wants to comment: point to the command for that.
            turn.Say(Texts.CommentsUseGopy);
            return;
        }

        if (!turn.RequireOrganizer())
        {
            return;
        }

        var meetings = turn.Store.All<Meeting>().OrderByDescending(m => m.StartsAt).ToList();
        var upcoming = meetings.Where(m => !m.IsPast(turn.Now)).ToList();
        if (meetings.Count == 0)
        {
            turn.Say(Texts.NoMeetings);
        }
        else if (upcoming.Count == 1)
        {
            pages.Show(turn, upcoming[0], ReviewPages.NewView, 0);
        }
        else
        {
            var zone = turn.Settings.TimeZone;
            turn.Say(Texts.ChooseMeetingFor, meetings.Select(m => new Button(
                CommentFormat.Excerpt($"{MeetingFormat.When(m.StartsAt, zone, turn.Lang)} – {m.Label}", 90), new ReviewButton.Open(m.Key()).Encode())));
        }
    }

    /// <summary>Registered for organizers only: the router has checked who presses.</summary>
    public void Handle(Turn turn, ReviewButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        switch (button)
        {
            case ReviewButton.Open(var key) when Meeting(turn, key) is { } meeting:
                pages.Show(turn, meeting, ReviewPages.NewView, 0);
                break;
            case ReviewButton.Page(var key, var view, var number) when Meeting(turn, key) is { } meeting:
                pages.Show(turn, meeting, view, number);
                break;
            case ReviewButton.Mark(var id, var mark) when turn.Store.Find<Comment>(id) is { } comment:
                Decide(turn, comment, mark);
                break;
            case ReviewButton.Speakers(var key) when Meeting(turn, key) is { } meeting:
                speakers.Show(turn, meeting);
                break;
            case ReviewButton.MoveSpeaker(var id, var by) when turn.Store.Find<Comment>(id) is { } comment:
                speakers.Move(turn, comment, by);
                break;
            case ReviewButton.Units(var key) when Meeting(turn, key) is { } meeting:
                progress.Show(turn, meeting);
                break;
            case ReviewButton.Remind(var key) when Meeting(turn, key) is { } meeting:
                progress.Remind(turn, meeting);
                break;
            case ReviewButton.Export(var key) when Meeting(turn, key) is { } meeting:
                export.Export(turn, meeting);
                break;
            default:
                turn.Say(Texts.ButtonExpired);
                break;
        }
    }

    private static Meeting? Meeting(Turn turn, string key) => CommentFormat.FindMeeting(turn.Store, key);

    /// <summary>
    /// The decision is taken in the author's queue (see <see cref="ReviewDecisions"/>): only the
    /// author's turns write their comment, so an edit and a review cannot overwrite each other.
    /// </summary>
    private static void Decide(Turn turn, Comment comment, ReviewMark mark)
    {
        if (!comment.IsActive)
        {
            turn.Say(Texts.CommentReviewWithdrawn);
            return;
        }

        var status = mark switch
        {
            ReviewMark.Seen or ReviewMark.Undo => CommentStatus.Seen,
            ReviewMark.Hide => CommentStatus.Hidden,
            _ => CommentStatus.Selected,
        };
        turn.Signal(UserKey.Parse(comment.MemberId), ReviewDecisions.SignalName, $"{comment.Id}|{status}");
    }
}
