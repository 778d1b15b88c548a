using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using Domain.Members;
using Domain.Text;

namespace Domain.CheckIn;

/// <summary>
/// /diemdanh. An organizer opens the door of a meeting, or sees the open one again, and gets a QR
/// picture of the door link with the 6-character code under it (<see cref="DoorDesk"/>); anyone
/// checks in with "/diemdanh CODE" or by scanning; an organizer types a guest's invitation secret
/// to check that guest in.
/// </summary>
public sealed class CheckInDoor(IGuestFiles files, HandCheckIn hand) : ICommandHandler, IButtonHandler<CheckInButton>, IFlow, IStartLink
{
    private readonly DoorDesk desk = new(files);

    public IReadOnlyList<string> Names { get; } = ["diemdanh", "checkin"];

    public string Name => Admission.FlowName;

    public bool Claims(string startArgs) => (startArgs ?? string.Empty).StartsWith(DeepLink.DoorPrefix, StringComparison.Ordinal);

    public void Open(Turn turn, string startArgs)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(startArgs);
        if (!CodeGate.MayTry(turn))
        {
            return;
        }

        var token = startArgs[DeepLink.DoorPrefix.Length..];
        var found = SecretToken.IsLinkToken(token) ? OpenDesks(turn).FirstOrDefault(d => SecretToken.Matches(token, d.Desk.LinkHash)) : default;
        if (found.Meeting is null)
        {
            CodeGate.Fail(turn);
            turn.Say(Texts.CheckInLinkInvalid);
            return;
        }

        Admission.Admit(turn, found.Meeting, CheckInWay.Link);
    }

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(command);
        var arg = command.Args.Trim();
        if (arg.Length > 0)
        {
            ByTyped(turn, arg);
            return;
        }

        if (!turn.IsOrganizer())
        {
            turn.Say(Texts.CheckInHowTo);
            return;
        }

        var meetings = turn.Store.All<Meeting>().Where(m => turn.Now < m.Ends).OrderBy(m => m.StartsAt).ToList();
        switch (meetings.Count)
        {
            case 0:
                turn.Say(Texts.NoMeetings);
                break;
            case 1:
                desk.Show(turn, meetings[0]);
                break;
            default:
                turn.Say(Texts.ChooseMeetingFor, meetings.Select(m => new Button($"{MeetingFormat.When(m.StartsAt, turn.Settings.TimeZone, turn.Lang)} – {m.Label}", new CheckInButton(CheckInButton.Open, m.Id).Encode())));
                break;
        }
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        Admission.DelegateNamed(turn);
    }

    /// <summary>Registered for organizers only: the router has checked who presses.</summary>
    public void Handle(Turn turn, CheckInButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        turn.Session = turn.Session.Leave();
        var pressed = button;
        var meeting = turn.Store.Find<Meeting>(pressed.MeetingId);
        if (meeting is null || turn.Now >= meeting.Ends)
        {
            ButtonRoute.Expired(turn);
            return;
        }

        switch (pressed.Action)
        {
            case CheckInButton.Hand:
                hand.ShowUnits(turn, meeting);
                break;
            case CheckInButton.Rotate:
                desk.AskRotate(turn, meeting);
                break;
            case CheckInButton.RotateNow:
                desk.Rotate(turn, meeting, pressed.Version);
                break;
            default:
                desk.Show(turn, meeting);
                break;
        }
    }

    private void ByTyped(Turn turn, string arg)
    {
        if (!CodeGate.MayTry(turn))
        {
            return;
        }

        // An organizer at the door types the secret from a guest's invitation.
        if (SecretToken.IsLinkToken(arg) && turn.IsOrganizer())
        {
            if (GuestTokens.Find(turn.Store, arg) is { } guest && turn.Store.Find<Meeting>(guest.MeetingId) is { } guestMeeting && CheckInDesk.IsOpen(guestMeeting, turn.Now))
            {
                Admission.Record(turn, guestMeeting, guest.Id, PresenceKind.Guest, CheckInWay.Invitation, guest.FullName);
            }
            else
            {
                CodeGate.Fail(turn);
                turn.Say(Texts.GuestLinkInvalid);
            }

            return;
        }

        var found = SecretToken.IsCode(arg) ? OpenDesks(turn).FirstOrDefault(d => SecretToken.Matches(SecretToken.NormalizeCode(arg), d.Desk.CodeHash)) : default;
        if (found.Meeting is null)
        {
            CodeGate.Fail(turn);
            turn.Say(Texts.CheckInCodeWrong);
            return;
        }

        Admission.Admit(turn, found.Meeting, CheckInWay.Code);
    }

    private static List<(CheckInDesk Desk, Meeting Meeting)> OpenDesks(Turn turn) =>
        turn.Store.All<CheckInDesk>()
            .Select(d => (Desk: d, Meeting: turn.Store.Find<Meeting>(d.Id)))
            .Where(x => x.Meeting is not null && CheckInDesk.IsOpen(x.Meeting, turn.Now))
            .Select(x => (x.Desk, x.Meeting!))
            .ToList();
}
