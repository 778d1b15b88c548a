using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Discussion;

/// <summary>
/// A member's own comments: the list, and withdrawing one. Only the author ever reaches a comment
/// here; someone else's id (forged button data) is answered as if it did not exist.
/// </summary>
public sealed class MyComments
{
    public const int MaxListed = 10;
    public const int ExcerptLength = 160;

    /// <summary>Says who may send comments and answers false when the sender is no approved member.</summary>
    public static bool IsApproved(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.MemberOf() is { Status: MemberStatus.Approved })
        {
            return true;
        }

        turn.Acknowledge(Texts.CommentMembersOnly);
        turn.Say(Texts.CommentMembersOnly);
        return false;
    }

    /// <summary>The meeting of a comment, when it has not started yet; otherwise says why not.</summary>
    public static bool StillOpen(Turn turn, Comment comment, out Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(comment);
        meeting = null!;
        if (turn.Store.Find<Meeting>(comment.MeetingId) is not { } found)
        {
            turn.Say(Texts.MeetingGone);
            return false;
        }

        if (found.IsPast(turn.Now))
        {
            turn.Say(Texts.CommentsClosed, MeetingFormat.When(found.StartsAt, turn.Settings.TimeZone, turn.Lang));
            return false;
        }

        meeting = found;
        return true;
    }

    /// <summary>The sender's own comment that is not withdrawn; otherwise says it was not found.</summary>
    public Comment? Own(Turn turn, string id)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Store.Find<Comment>(id) is { IsActive: true } comment && comment.MemberId == turn.From.ToString())
        {
            return comment;
        }

        turn.Say(Texts.CommentGone);
        return null;
    }

    /// <summary>Lists the sender's comments with their buttons; false when they have none.</summary>
    public bool Show(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        var zone = turn.Settings.TimeZone;
        var meetings = turn.Store.All<Meeting>().ToDictionary(m => m.Id);
        var own = turn.Store.All<Comment>()
            .Where(c => c.MemberId == turn.From.ToString() && c.IsActive && meetings.ContainsKey(c.MeetingId))
            .OrderByDescending(c => c.SubmittedAt)
            .Take(MaxListed)
            .ToList();
        if (own.Count == 0)
        {
            return false;
        }

        var lines = new List<Html> { Texts.MyCommentsHeader.For(lang) };
        var rows = new List<Button[]>();
        for (var i = 0; i < own.Count; i++)
        {
            var comment = own[i];
            var meeting = meetings[comment.MeetingId];
            var number = i + 1;
            lines.Add(Texts.MyCommentLine.For(
                lang,
                number,
                MeetingFormat.When(meeting.StartsAt, zone, lang),
                CommentFormat.TopicName(lang, comment.Topic),
                CommentFormat.Excerpt(comment.Text, ExcerptLength),
                CommentFormat.YesNo(lang, comment.WantsToSpeak),
                comment.Status == CommentStatus.Selected ? Texts.MyCommentSelected.For(lang) : null));
            if (!meeting.IsPast(turn.Now))
            {
                rows.Add(
                [
                    new Button(Texts.EditComment.For(lang, number).ToPlain(), new CommentButton.Revise(comment.Id).Encode()),
                    new Button(Texts.WithdrawComment.For(lang, number).ToPlain(), new CommentButton.AskWithdraw(comment.Id).Encode()),
                ]);
            }
        }

        if (CommentFormat.OpenMeetings(turn).Count > 0)
        {
            lines.Add(Texts.MyCommentsFooter.For(lang));
            rows.Add([new Button(Texts.NewComment.Plain(lang), new CommentButton.Start(null).Encode())]);
        }

        turn.Reply(new TextOut(Html.Join("\n\n", lines)).WithButtons([.. rows]));
        return true;
    }

    public void AskWithdraw(Turn turn, string id)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (Own(turn, id) is not { } comment || !StillOpen(turn, comment, out _))
        {
            return;
        }

        var lang = turn.Lang;
        turn.Reply(new TextOut(Texts.ConfirmWithdraw.For(lang, CommentFormat.Excerpt(comment.Text, ExcerptLength))).WithButtons(
        [
            new Button(Texts.WithdrawYes.Plain(lang), new CommentButton.Withdraw(comment.Id).Encode()),
            new Button(Texts.WithdrawNo.Plain(lang), new CommentButton.Keep().Encode()),
        ]));
    }

    /// <summary>
    /// Withdraws a comment. The record stays (units and counts remain right, the export shows it was
    /// withdrawn) but its text, in every version, is dropped: a withdrawn opinion is not kept.
    /// </summary>
    public void Withdraw(Turn turn, string id)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (Own(turn, id) is not { } comment || !StillOpen(turn, comment, out _))
        {
            return;
        }

        turn.Changes.Put(comment with
        {
            Status = CommentStatus.Withdrawn,
            Text = string.Empty,
            History = comment.History.Select(v => v with { Text = string.Empty }).ToList(),
            EditedAt = turn.Now,
            SelectedAt = null,
        });
        if (turn.Session.Flow == CommentFlow.FlowName && turn.Session.Get(CommentActions.IdKey) == comment.Id)
        {
            turn.Session = turn.Session.Leave();
        }

        turn.Say(Texts.CommentWithdrawn);
    }
}
