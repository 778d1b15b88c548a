using System.Globalization;
using Domain.Conversations;
using Domain.Members;
using Domain.Reports;
using Domain.Text;

namespace Domain.Events;

/// <summary>
/// /sukien, for organizers: a new meeting is usually the last one copied to a new date; any
/// meeting's title, short title, time, venue, deadline, programme and planned number can be changed. Each change
/// is one question and one answer (<see cref="MeetingEditMachine"/>): the session remembers which
/// item is being asked and of which meeting.
/// </summary>
public sealed class MeetingEditor : ICommandHandler, IButtonHandler<MeetingEditButton>, IFlow
{
    public const string FlowName = "mtg";
    public static readonly State[] Fields = [State.Title, State.Short, State.Time, State.Venue, State.Deadline, State.Programme, State.Expected, .. IssuingInput.Fields];

    /// <summary>
    /// The question being asked: none (the card is shown), the date of a copy, or the new value of
    /// one item. Stored by name and sent in buttons ("mtg:edit:Title:…"): the names stay.
    /// </summary>
    public enum State
    {
        Card,
        Copy,
        Title,
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The name stored in sessions and sent in buttons; renaming it would break both.")]
        Short,
        Time,
        Venue,
        Deadline,
        Programme,
        Expected,
        Plan,
        Signer,
        Issued,
    }

    public IReadOnlyList<string> Names { get; } = ["sukien", "meetings"];

    public string Name => FlowName;

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.RequireOrganizer())
        {
            return;
        }

        turn.Session = turn.Session.Leave();
        var meetings = turn.Store.All<Meeting>().OrderByDescending(m => m.StartsAt).ToList();
        if (meetings.Count == 0)
        {
            turn.Say(Texts.NoMeetings);
            return;
        }

        turn.Say(Texts.MeetingsList, meetings.Select(m => new Button(MeetingFormat.Choice(m, turn.Settings.TimeZone, turn.Lang), new MeetingEditButton.Pick(m.Id).Encode())));
    }

    public void Handle(Turn turn, MeetingEditButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var meeting = turn.Store.Find<Meeting>(button.MeetingId);
        switch (button)
        {
            case MeetingEditButton.Pick when meeting is not null:
                turn.Session = turn.Session.Leave();
                MeetingCard.Show(turn, meeting);
                break;
            case MeetingEditButton.Copy when meeting is not null:
                Ask(turn, meeting).Copy();
                break;
            case MeetingEditButton.Edit(var field, _) when meeting is not null && Fields.Contains(field):
                Ask(turn, meeting).Edit(field);
                break;
            default:
                ButtonRoute.Expired(turn);
                break;
        }
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.RequireOrganizer())
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        if (turn.Session.Flow == FlowName && turn.Store.Find<Meeting>(turn.Session.Get("meeting") ?? string.Empty) is { } meeting)
        {
            Answer(turn, meeting, new MeetingEditMachine(turn));
        }
        else
        {
            turn.Session = turn.Session.Leave();
            turn.Say(Texts.MeetingGone);
        }
    }

    /// <summary>Every question starts from the meeting's card, whatever was asked before.</summary>
    private static MeetingEditMachine Ask(Turn turn, Meeting meeting)
    {
        turn.Session = turn.Session.Enter(FlowName, State.Card).Set("meeting", meeting.Id);
        return new MeetingEditMachine(turn);
    }

    // A stored step this editor does not know reads as the card, where a text is an invalid value.
    private static void Answer(Turn turn, Meeting meeting, MeetingEditMachine machine)
    {
        var step = machine.Step;
        var text = turn.Input.Event is TextIn t ? t.Text.Trim().Normalize() : null;
        if (text is null)
        {
            turn.Say(Texts.TextExpected);
            return;
        }

        var zone = turn.Settings.TimeZone;
        if (step == State.Copy)
        {
            if (MeetingFormat.Parse(text, zone) is not { } start || start <= turn.Now)
            {
                turn.Say(Texts.TimeInvalid);
                return;
            }

            var (copy, review) = MeetingCopy.Make(turn, meeting, start);
            Save(turn, machine, copy, "meeting.copied");
            turn.Say(Texts.MeetingCopied, MeetingFormat.When(copy.RsvpDeadline, zone, turn.Lang));
            MeetingCard.Show(turn, copy, review.Count == 0 ? null : Texts.MeetingCopyReview.For(turn.Lang, string.Join("; ", review.Select(r => r.Plain(turn.Lang)))));
            return;
        }

        Meeting? changed = step switch
        {
            State.Title when text.Length is >= 5 and <= 300 => meeting with { Title = NameRule.Collapse(text) },
            State.Short when NameRule.Collapse(text).Length is >= 2 and <= Meeting.ShortTitleMax => meeting with { ShortTitle = NameRule.Collapse(text) },
            State.Time when MeetingFormat.Parse(text, zone) is { } start && start > turn.Now && start > meeting.RsvpDeadline => meeting.MovedTo(start),
            State.Deadline when MeetingFormat.Parse(text, zone) is { } deadline && deadline > turn.Now && deadline < meeting.StartsAt => meeting with { RsvpDeadline = deadline },
            State.Venue when ParseVenue(text, meeting.Venue) is { } venue => meeting with { Venue = venue },
            State.Programme when Lines(text) is { Count: > 0 } items => meeting with { Programme = items },
            State.Plan or State.Signer or State.Issued => IssuingInput.Apply(meeting, step, text),
            State.Expected when ReportNumbers.TryParse(text, out var expected) == NumberProblem.None && expected is > 0 and <= 100_000 => meeting with { Expected = (int)expected },
            _ => null,
        };
        if (changed is null)
        {
            turn.Say(
                step switch
                {
                    State.Time => Texts.TimeInvalid,
                    State.Deadline => Texts.DeadlineInvalid,
                    State.Short => Texts.ShortTitleInvalid,
                    State.Expected => Texts.ExpectedInvalid,
                    _ => Texts.ValueInvalid,
                },
                step == State.Short ? Meeting.ShortTitleMax : MeetingFormat.When(meeting.StartsAt, zone, turn.Lang));
            return;
        }

        Save(turn, machine, changed, "meeting.changed");
        turn.Say(Texts.MeetingSaved);
        MeetingCard.Show(turn, changed);
    }

    private static void Save(Turn turn, MeetingEditMachine machine, Meeting meeting, string action)
    {
        turn.Changes.Put(meeting);
        turn.Audit(action, meeting.Id, turn.Session.State);
        machine.Saved();
        turn.Session = turn.Session.Leave();
    }

    private static Venue? ParseVenue(string text, Venue current)
    {
        var parts = text.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3 || parts[0].Length < 2 || parts[1].Length < 5)
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return current with { Name = parts[0], Address = parts[1] };
        }

        var coordinates = parts[2].Split(',', StringSplitOptions.TrimEntries);
        return coordinates.Length == 2
            && double.TryParse(coordinates[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude) && latitude is >= -90 and <= 90
            && double.TryParse(coordinates[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude) && longitude is >= -180 and <= 180
            ? new Venue(parts[0], parts[1], latitude, longitude)
            : null;
    }

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimStart('-', '•', '+', ' '))
            .Where(l => l.Length > 0)
            .ToList();
}
