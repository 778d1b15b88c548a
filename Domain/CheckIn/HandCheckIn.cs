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
            .Select(g => new Button(Texts.CheckInGroupLabel.For(turn.Lang, GroupName(turn.Lang, g.Key), g.Count(p => p.Present), g.Count(p => p.Present || !p.Declined)).ToPlain(), new HandCheckInButton(HandCheckInButton.Unit, meeting.Id, g.Key).Encode()))
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

        // Pressed again (an old list, or a second organizer): Record says since when and changes nothing.
        Admission.Record(turn, meeting, person.PersonId, person.Kind, CheckInWay.Hand, person.Name);
        ShowPeople(turn, meeting, person.Group, person.PersonId);
    }

    public Html? Consequence(Turn turn, HandCheckInButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        var meeting = button.Action == HandCheckInButton.Person ? turn.Store.Find<Meeting>(button.MeetingId) : null;
        var person = meeting is null ? null : Expected(turn, meeting).FirstOrDefault(p => p.PersonId == button.Target);
        return person is null || person.Present || !turn.IsOrganizer() ? null : Texts.CheckInConfirmHand.For(turn.Lang, person.Name);
    }

    /// <summary>
    /// The group's people, who is still to come first; who is checked in stays on it marked ✓, so the
    /// organizer sees the press took. <paramref name="justRecorded"/> counts as checked in: this
    /// turn's own check-in is not in the store until the turn is committed.
    /// </summary>
    private void ShowPeople(Turn turn, Meeting meeting, string group, string? justRecorded = null)
    {
        var people = Expected(turn, meeting).Where(p => p.Group == group)
            .Select(p => p.PersonId == justRecorded ? p with { Present = true } : p)
            .OrderBy(p => p.Present).ThenBy(p => p.Declined)
            .ToList();
        var buttons = people.Take(MaxShown)
            .Select(p => new Button(p.Present ? Texts.CheckInPresentLabel.For(turn.Lang, p.Label).ToPlain() : p.Label, new HandCheckInButton(HandCheckInButton.Person, meeting.Id, p.PersonId).Encode()))
            .Append(new Button(Texts.CheckInBackToUnits.Plain(turn.Lang), new CheckInButton(CheckInButton.Hand, meeting.Id).Encode()))
            .ToList();
        turn.Say(people.All(p => p.Present) ? Texts.CheckInGroupDone : Texts.CheckInChoosePerson, buttons, GroupName(turn.Lang, group));
    }

    private string GroupName(Lang lang, string group) => group == HandCheckInButton.GuestGroup ? Texts.GuestGroup.Plain(lang) : units.NameOf(group);

    /// <summary>
    /// Everyone who may come: the guests, then each approved member (or the person they send), by
    /// unit. Who said they would not come is on it too, marked and shown last: plans change on the day.
    /// </summary>
    private List<Expectation> Expected(Turn turn, Meeting meeting)
    {
        var present = turn.Store.WithIdPrefix<Attendance>(Attendance.IdFor(meeting.Id, string.Empty)).Select(a => a.PersonId).ToHashSet(StringComparer.Ordinal);
        var answers = turn.Store.WithIdPrefix<Rsvp>(Rsvp.IdFor(meeting.Id, string.Empty)).Where(a => a.EventId == meeting.Id).ToDictionary(a => a.MemberId, StringComparer.Ordinal);
        var order = units.All.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var collation = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false);
        var guests = GuestDesk.GuestsOf(turn.Store, meeting.Id)
            .Select(g => Expect(turn.Lang, g.Id, HandCheckInButton.GuestGroup, g.FullName, $"{g.FullName} – {g.Unit}", PresenceKind.Guest, g.Answer, g.Delegate, present));
        var members = turn.Store.Scan<Member>().Where(m => m.Status == MemberStatus.Approved)
            .OrderBy(m => order.GetValueOrDefault(m.UnitCode, int.MaxValue))
            .ThenBy(m => m.FullName, collation)
            .Select(m => (Member: m, Answer: answers.GetValueOrDefault(m.Id)))
            .Select(x => Expect(turn.Lang, x.Member.Id, x.Member.UnitCode, x.Member.FullName, x.Member.FullName, PresenceKind.Member, x.Answer?.Answer, x.Answer?.Delegate, present));
        return [.. guests, .. members];
    }

    private static Expectation Expect(Lang lang, string id, string group, string name, string label, PresenceKind kind, RsvpAnswer? answer, Representative? sent, HashSet<string> present) => answer switch
    {
        RsvpAnswer.Delegated when sent is not null => new(id, group, sent.FullName, Texts.CheckInDelegateLabel.For(lang, sent.FullName, name).ToPlain(), PresenceKind.Delegate, present.Contains(id), false),
        RsvpAnswer.Declined => new(id, group, name, Texts.CheckInDeclinedLabel.For(lang, label).ToPlain(), kind, present.Contains(id), true),
        _ => new(id, group, name, label, kind, present.Contains(id), false),
    };

    private sealed record Expectation(string PersonId, string Group, string Name, string Label, PresenceKind Kind, bool Present, bool Declined);
}
