using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using Domain.Members;
using Domain.Text;

namespace Domain.CheckIn;

/// <summary>
/// Who the person at the door is, and their check-in, once: a guest by their claimed invitation, a
/// member by their profile, anyone else by the name a member or a guest gave for the person they send.
/// </summary>
public static class Admission
{
    public const string FlowName = "ci";

    private static readonly DoorSteps Steps = new();

    /// <summary>Checks the sender in, or asks a stranger for the name a member sent them under.</summary>
    public static void Admit(Turn turn, Meeting meeting, CheckInWay way)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        var me = turn.From.ToString();
        if (GuestDesk.GuestsOf(turn.Store, meeting.Id).FirstOrDefault(g => g.ClaimedBy == me) is { } guest)
        {
            Record(turn, meeting, guest.Id, PresenceKind.Guest, way, guest.FullName);
        }
        else if (turn.MemberOf() is { Status: MemberStatus.Approved } member)
        {
            Record(turn, meeting, member.Id, PresenceKind.Member, way, member.FullName);
        }
        else
        {
            turn.Session = turn.Session.Enter(FlowName, DoorMachine.State.Door).Set("meeting", meeting.Id);
            new DoorMachine(turn, Steps).Stranger();
        }
    }

    /// <summary>The answer to <see cref="Texts.CheckInAskDelegateName"/>: a name some member or guest gave for the person they send.</summary>
    public static void DelegateNamed(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var machine = new DoorMachine(turn, Steps);
        if (!machine.NameGiven())
        {
            CheckInDelegate(turn);
        }

        turn.Session = turn.Session.Leave();
    }

    private static void CheckInDelegate(Turn turn)
    {
        var meeting = turn.Store.Find<Meeting>(turn.Session.Get("meeting") ?? string.Empty);
        if (meeting is null || !CheckInDesk.IsOpen(meeting, turn.Now))
        {
            turn.Say(Texts.CheckInClosed);
            return;
        }

        var typed = turn.Input.Event is TextIn t ? Key(t.Text) : string.Empty;
        var sent = SentBy(turn, meeting).Where(s => Key(s.Name) == typed).Take(2).ToList();
        if (sent.Count != 1)
        {
            // A miss counts as a wrong code: names are not to be fished for at the door.
            CodeGate.Fail(turn);
            turn.Say(Texts.CheckInDelegateUnknown);
            return;
        }

        Record(turn, meeting, sent[0].PersonId, PresenceKind.Delegate, CheckInWay.Code, sent[0].Name);
    }

    /// <summary>Everyone sent in someone's place: by members' answers and by guests' (recorded under the member's or the guest's id).</summary>
    private static IEnumerable<(string PersonId, string Name)> SentBy(Turn turn, Meeting meeting) =>
        turn.Store.WithIdPrefix<Rsvp>(Rsvp.IdFor(meeting.Id, string.Empty))
            .Where(r => r.EventId == meeting.Id && r.Answer == RsvpAnswer.Delegated && r.Delegate is not null)
            .Select(r => (r.MemberId, r.Delegate!.FullName))
            .Concat(GuestDesk.GuestsOf(turn.Store, meeting.Id)
                .Where(g => g.Answer == RsvpAnswer.Delegated && g.Delegate is not null)
                .Select(g => (g.Id, g.Delegate!.FullName)));

    /// <summary>Writes the check-in unless there is one; says which, to the sender.</summary>
    public static bool Record(Turn turn, Meeting meeting, string personId, PresenceKind kind, CheckInWay way, string name)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        var id = Attendance.IdFor(meeting.Id, personId);
        if (turn.Store.Find<Attendance>(id) is { } already)
        {
            turn.Say(Texts.CheckInAlready, name, MeetingFormat.When(already.At, turn.Settings.TimeZone, turn.Lang));
            return false;
        }

        turn.Changes.Put(new Attendance { Id = id, MeetingId = meeting.Id, PersonId = personId, Kind = kind, At = turn.Now, By = turn.From.ToString(), Way = way });
        turn.Audit("checkin.recorded", id, $"{kind}/{way}");
        turn.Say(kind == PresenceKind.Delegate ? Texts.CheckInDoneDelegate : Texts.CheckInDone, name, meeting.Label);
        return true;
    }

    /// <summary>A name compared as people type it: case, spaces and composed or decomposed letters do not matter.</summary>
    public static string Key(string name) => NameRule.Collapse((name ?? string.Empty).Normalize()).ToUpperInvariant();

    private sealed class DoorSteps : IDoorActions
    {
        public void AskDelegateName(Turn turn) => turn.Say(Texts.CheckInAskDelegateName);

        public void CheckInDelegate(Turn turn) => Admission.CheckInDelegate(turn);
    }
}
