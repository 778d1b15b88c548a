using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using Domain.Members;
using Domain.Text;

namespace Domain.CheckIn;

/// <summary>
/// An organizer checks in, by hand, people who came without a phone: pick a group (guests first,
/// then the units in the list's order), then the person. A typed choice on Zalo or the console is
/// confirmed first, as it records someone else's presence.
/// </summary>
public sealed class HandCheckIn(UnitCatalog units) : IButtonHandler<HandCheckInButton>, IConfirmWhenTyped<HandCheckInButton>
{
    public const int MaxShown = 40;

    public void ShowUnits(Turn turn, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        var people = Expected(turn, meeting);
        var buttons = people.GroupBy(p => p.Group)
            .Select(g => new Button(Texts.CheckInGroupLabel.For(turn.Lang, GroupName(turn.Lang, g.Key), g.Count(p => p.Present), g.Count()).ToPlain(), new HandCheckInButton(HandCheckInButton.Unit, meeting.Id, g.Key).Encode()))
            .ToList();
        if (buttons.Count == 0)
        {
            turn.Say(Texts.CheckInNobody);
            return;
        }

        turn.Say(Texts.CheckInChooseUnit, buttons, meeting.Label);
    }

    /// <summary>Registered for organizers only: the router has checked who presses.</summary>
    public void Handle(Turn turn, HandCheckInButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        var pressed = button;
        var meeting = turn.Store.Find<Meeting>(pressed.MeetingId);
        if (meeting is null || !CheckInDesk.IsOpen(meeting, turn.Now))
        {
            turn.Acknowledge(Texts.ButtonExpired);
            turn.Say(meeting is null ? Texts.ButtonExpired : Texts.CheckInClosed);
            return;
        }

        if (pressed.Action == HandCheckInButton.Unit)
        {
            ShowPeople(turn, meeting, pressed.Target);
            return;
        }

        if (Expected(turn, meeting).FirstOrDefault(p => p.PersonId == pressed.Target) is not { } person)
        {
            turn.Say(Texts.ButtonExpired);
            return;
        }

        Admission.Record(turn, meeting, person.PersonId, person.Kind, CheckInWay.Hand, person.Name);
        ShowPeople(turn, meeting, person.Group);
    }

    public Html? Consequence(Turn turn, HandCheckInButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        var meeting = button.Action == HandCheckInButton.Person ? turn.Store.Find<Meeting>(button.MeetingId) : null;
        var person = meeting is null ? null : Expected(turn, meeting).FirstOrDefault(p => p.PersonId == button.Target);
        return person is null || !turn.IsOrganizer() ? null : Texts.CheckInConfirmHand.For(turn.Lang, person.Name);
    }

    private void ShowPeople(Turn turn, Meeting meeting, string group)
    {
        var waiting = Expected(turn, meeting).Where(p => p.Group == group && !p.Present).Take(MaxShown)
            .Select(p => new Button(p.Label, new HandCheckInButton(HandCheckInButton.Person, meeting.Id, p.PersonId).Encode()))
            .Append(new Button(Texts.CheckInBackToUnits.Plain(turn.Lang), new CheckInButton(CheckInButton.Hand, meeting.Id).Encode()))
            .ToList();
        turn.Say(waiting.Count == 1 ? Texts.CheckInGroupDone : Texts.CheckInChoosePerson, waiting, GroupName(turn.Lang, group));
    }

    private string GroupName(Lang lang, string group) => group == HandCheckInButton.GuestGroup ? Texts.GuestGroup.Plain(lang) : units.NameOf(group);

    /// <summary>Everyone who may come: the guests, then each approved member (or the person they send), by unit.</summary>
    private List<Expectation> Expected(Turn turn, Meeting meeting)
    {
        var present = turn.Store.WithIdPrefix<Attendance>(Attendance.IdFor(meeting.Id, string.Empty)).Select(a => a.PersonId).ToHashSet(StringComparer.Ordinal);
        var answers = turn.Store.WithIdPrefix<Rsvp>(Rsvp.IdFor(meeting.Id, string.Empty)).Where(a => a.EventId == meeting.Id).ToDictionary(a => a.MemberId, StringComparer.Ordinal);
        var order = units.All.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var guests = GuestDesk.GuestsOf(turn.Store, meeting.Id)
            .Where(g => g.Answer != RsvpAnswer.Declined)
            .Select(g => new Expectation(g.Id, HandCheckInButton.GuestGroup, g.FullName, $"{g.FullName} – {g.Unit}", PresenceKind.Guest, present.Contains(g.Id)));
        var members = turn.Store.Scan<Member>().Where(m => m.Status == MemberStatus.Approved)
            .Select(m => (Member: m, Answer: answers.GetValueOrDefault(m.Id)))
            .Where(x => x.Answer?.Answer != RsvpAnswer.Declined)
            .OrderBy(x => order.GetValueOrDefault(x.Member.UnitCode, int.MaxValue))
            .ThenBy(x => x.Member.FullName, StringComparer.Ordinal)
            .Select(x => x.Answer is { Answer: RsvpAnswer.Delegated, Delegate: { } sent }
                ? new Expectation(x.Member.Id, x.Member.UnitCode, sent.FullName, Texts.CheckInDelegateLabel.For(turn.Lang, sent.FullName, x.Member.FullName).ToPlain(), PresenceKind.Delegate, present.Contains(x.Member.Id))
                : new Expectation(x.Member.Id, x.Member.UnitCode, x.Member.FullName, x.Member.FullName, PresenceKind.Member, present.Contains(x.Member.Id)));
        return [.. guests, .. members];
    }

    private sealed record Expectation(string PersonId, string Group, string Name, string Label, PresenceKind Kind, bool Present);
}
