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
public sealed class CommentReview(ReviewPages pages, SpeakingList speakers, UnitProgress progress, CommentExport export) : ICommandHandler, IButtonHandler
{
    public const string Prefix = "yk";

    public IReadOnlyList<string> Names { get; } = ["ykien", "comments"];

    string IButtonHandler.Prefix => Prefix;

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
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
                CommentFormat.Excerpt($"{MeetingFormat.When(m.StartsAt, zone, turn.Lang)} – {m.Label}", 90), $"{Prefix}:m:{m.Key()}")));
        }
    }

    public void Handle(Turn turn, ButtonIn button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!turn.RequireOrganizer())
        {
            return;
        }

        var parts = button.Arg.Split(':');
        var meeting = parts.Length >= 2 ? CommentFormat.FindMeeting(turn.Store, parts[1]) : null;
        var comment = parts.Length == 2 ? turn.Store.Find<Comment>(parts[1]) : null;
        switch (parts)
        {
            case ["m", _] when meeting is not null:
                pages.Show(turn, meeting, ReviewPages.NewView, 0);
                break;
            case ["pg", _, var view and (ReviewPages.NewView or ReviewPages.AllView), var page] when meeting is not null && Page(page) is { } number:
                pages.Show(turn, meeting, view, number);
                break;
            case ["s" or "h" or "p" or "u", _] when comment is not null:
                Decide(turn, comment, parts[0]);
                break;
            case ["sp", _] when meeting is not null:
                speakers.Show(turn, meeting);
                break;
            case ["up" or "dn", _] when comment is not null:
                speakers.Move(turn, comment, parts[0] == "up" ? -1 : 1);
                break;
            case ["un", _] when meeting is not null:
                progress.Show(turn, meeting);
                break;
            case ["rm", _] when meeting is not null:
                progress.Remind(turn, meeting);
                break;
            case ["xp", _] when meeting is not null:
                export.Export(turn, meeting);
                break;
            default:
                turn.Say(Texts.ButtonExpired);
                break;
        }
    }

    /// <summary>Only plain digits, at most four: int.Parse would also take " 1" or "-1" from forged data.</summary>
    private static int? Page(string text) =>
        text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit) ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The decision is taken in the author's queue (see <see cref="ReviewDecisions"/>): only the
    /// author's turns write their comment, so an edit and a review cannot overwrite each other.
    /// </summary>
    private static void Decide(Turn turn, Comment comment, string verb)
    {
        if (!comment.IsActive)
        {
            turn.Say(Texts.CommentReviewWithdrawn);
            return;
        }

        var status = verb switch
        {
            "s" or "u" => CommentStatus.Seen,
            "h" => CommentStatus.Hidden,
            _ => CommentStatus.Selected,
        };
        turn.Signal(UserKey.Parse(comment.MemberId), ReviewDecisions.SignalName, $"{comment.Id}|{status}");
    }
}
