using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Discussion;

/// <summary>
/// The comments chosen to be spoken, in the order the MC calls them; organizers move one up or
/// down. The order organizers arranged is kept in <see cref="SpeakingOrder"/>; a comment chosen
/// after that arrangement (or chosen again after being taken off) comes at the end.
/// </summary>
public sealed class SpeakingList(UnitCatalog units)
{
    public static IReadOnlyList<Comment> Ordered(IReadModel store, string meetingId)
    {
        ArgumentNullException.ThrowIfNull(store);
        var selected = store.All<Comment>()
            .Where(c => c.MeetingId == meetingId && c.Status == CommentStatus.Selected)
            .ToDictionary(c => c.Id, StringComparer.Ordinal);
        var arranged = store.Find<SpeakingOrder>(meetingId);
        var result = (arranged?.CommentIds ?? [])
            .Where(id => selected.TryGetValue(id, out var comment) && comment.SelectedAt <= arranged!.At)
            .Select(id => selected[id])
            .ToList();
        result.AddRange(selected.Values.Except(result).OrderBy(c => c.SelectedAt).ThenBy(c => c.Id, StringComparer.Ordinal));
        return result;
    }

    public void Show(Turn turn, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        Show(turn, meeting, Ordered(turn.Store, meeting.Id));
    }

    /// <summary>Swaps a comment with its neighbour above (-1) or below (+1), then shows the list again.</summary>
    public void Move(Turn turn, Comment comment, int step)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(comment);
        if (turn.Store.Find<Meeting>(comment.MeetingId) is not { } meeting)
        {
            turn.Say(Texts.MeetingGone);
            return;
        }

        var ordered = Ordered(turn.Store, meeting.Id).ToList();
        var index = ordered.FindIndex(c => c.Id == comment.Id);
        if (index < 0)
        {
            turn.Say(Texts.SpeakerNotSelected);
            return;
        }

        var other = index + step;
        if (other >= 0 && other < ordered.Count)
        {
            (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
            turn.Changes.Put(new SpeakingOrder(meeting.Id, ordered.Select(c => c.Id).ToList(), turn.From.ToString(), turn.Now));
            turn.Audit("speaking.reordered", meeting.Id, $"{comment.Id}:{(step < 0 ? "up" : "down")}");
        }

        // The store does not hold this turn's change yet: the new order is shown from here.
        Show(turn, meeting, ordered);
    }

    private void Show(Turn turn, Meeting meeting, IReadOnlyList<Comment> ordered)
    {
        var lang = turn.Lang;
        var lines = new List<Html> { Texts.SpeakersHeader.For(lang, meeting.Label) };
        var rows = new List<Button[]>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var comment = ordered[i];
            var number = i + 1;
            lines.Add(Texts.SpeakersLine.For(lang, number, CommentFormat.AuthorName(turn.Store, comment, lang), units.NameOf(comment.UnitCode), CommentFormat.TopicName(lang, comment.Topic)));
            var moves = new List<Button>();
            if (i > 0)
            {
                moves.Add(new Button(Texts.SpeakerUp.For(lang, number).ToPlain(), new ReviewButton.MoveSpeaker(comment.Id, -1).Encode()));
            }

            if (i < ordered.Count - 1)
            {
                moves.Add(new Button(Texts.SpeakerDown.For(lang, number).ToPlain(), new ReviewButton.MoveSpeaker(comment.Id, 1).Encode()));
            }

            if (moves.Count > 0)
            {
                rows.Add([.. moves]);
            }
        }

        if (ordered.Count == 0)
        {
            lines.Add(Texts.SpeakersNone.For(lang));
        }

        rows.Add([new Button(Texts.BackToComments.Plain(lang), new ReviewButton.Open(meeting.Key()).Encode())]);
        turn.Reply(new TextOut(Html.Join("\n", lines)).WithButtons([.. rows]));
    }
}
