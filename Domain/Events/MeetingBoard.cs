using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Events;

/// <summary>
/// /hoinghi: the upcoming meetings, each as the plan's notice (time, venue with a map pin,
/// programme, who is invited), the member's own answer, the answer buttons and a calendar file.
/// </summary>
public sealed class MeetingBoard(IEventFiles files) : ICommandHandler, IButtonHandler<MeetingBoardButton>
{
    public IReadOnlyList<string> Names { get; } = ["hoinghi", "meeting"];

    public static IReadOnlyList<Meeting> Upcoming(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Store.All<Meeting>().Where(m => !m.IsPast(turn.Now)).OrderBy(m => m.StartsAt).ToList();
    }

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var upcoming = Upcoming(turn);
        switch (upcoming.Count)
        {
            case 0:
                turn.Say(Texts.NoMeetings);
                break;
            case 1:
                Show(turn, upcoming[0]);
                break;
            default:
                turn.Say(Texts.ChooseMeeting, upcoming.Select(m => new Button(Short(m, turn), new MeetingBoardButton.Show(m.Id).Encode())));
                break;
        }
    }

    public void Handle(Turn turn, MeetingBoardButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        switch (button)
        {
            case MeetingBoardButton.Show(var id) when turn.Store.Find<Meeting>(id) is { } meeting:
                Show(turn, meeting);
                break;
            case MeetingBoardButton.Calendar(var id) when turn.Store.Find<Meeting>(id) is { } meeting:
                turn.Reply(new DocumentOut($"{meeting.FileStem}.ics", files.Calendar(meeting, turn.Settings.TimeZone), Texts.CalendarCaption.For(turn.Lang)));
                break;
            default:
                turn.Say(Texts.MeetingGone);
                break;
        }
    }

    public static string AnswerText(Lang lang, Rsvp? rsvp) => rsvp?.Answer switch
    {
        RsvpAnswer.Attending => Texts.AnswerAttending.Plain(lang),
        RsvpAnswer.Declined => Texts.AnswerDeclined.Plain(lang),
        RsvpAnswer.Delegated => Texts.AnswerDelegated.For(lang, rsvp.Delegate?.FullName).ToPlain(),
        _ => Texts.AnswerNone.Plain(lang),
    };

    public static void Show(Turn turn, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        var lang = turn.Lang;
        var zone = turn.Settings.TimeZone;
        if (meeting.IsPast(turn.Now))
        {
            turn.Say(Texts.MeetingPast, meeting.Title, MeetingFormat.When(meeting.StartsAt, zone, lang));
            return;
        }

        var rsvp = turn.Store.Find<Rsvp>(Rsvp.IdFor(meeting.Id, turn.From.ToString()));
        turn.Reply(new VenueOut(meeting.Venue.Latitude, meeting.Venue.Longitude, meeting.Venue.Name, meeting.Venue.Address));
        var text = Texts.MeetingNotice.For(
            lang,
            meeting.Title,
            MeetingFormat.When(meeting.StartsAt, zone, lang),
            meeting.Venue.Place,
            MeetingFormat.When(meeting.RsvpDeadline, zone, lang),
            Html.Escape(string.Join('\n', meeting.Programme.Select(p => "• " + p))),
            Html.Escape(string.Join('\n', meeting.Invited.Select(p => "• " + p))),
            AnswerText(lang, rsvp),
            FormalInvitation.Letterhead(meeting, turn.Settings, lang, bold: false));
        if (meeting.Issuing is not null)
        {
            // The plan's closing and signature, as on the paper invitation.
            text = Html.Join("\n\n", [text, FormalInvitation.Closing(meeting, lang)]);
        }

        var buttons = new List<Button[]>();
        if (meeting.AcceptsAnswers(turn.Now) && turn.MemberOf() is { Status: MemberStatus.Approved })
        {
            buttons.AddRange(RsvpFlow.AnswerRows(lang, meeting.Id));
            if (Access.RoleOf(turn.Store, turn.Settings, turn.From) is Role.Coordinator or Role.Organizer)
            {
                buttons.Add([new Button(Texts.UnitDelegationButton.Plain(lang), new DelegationButton.Start(meeting.Id).Encode())]);
            }
        }

        buttons.Add([new Button(Texts.CalendarFile.Plain(lang), new MeetingBoardButton.Calendar(meeting.Id).Encode())]);
        turn.Reply(new TextOut(text).WithButtons([.. buttons]));
    }

    private static string Short(Meeting meeting, Turn turn) => MeetingFormat.Choice(meeting, turn.Settings.TimeZone, turn.Lang);
}
