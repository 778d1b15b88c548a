using System.Globalization;
using System.Text;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Events;

/// <summary>A unit's answer for its whole delegation, given by its coordinator; the last answer counts.</summary>
public sealed record UnitDelegation : IEntity
{
    public required string Id { get; init; }

    public required string EventId { get; init; }

    public required string UnitCode { get; init; }

    public int Count { get; init; }

    public IReadOnlyList<string> Names { get; init; } = [];

    public required string By { get; init; }

    public DateTimeOffset At { get; init; }

    public static string IdFor(string eventId, string unitCode) => $"{eventId}|{unitCode.ToUpperInvariant()}";
}

/// <summary>
/// A unit coordinator answers for their unit: how many people come, then (optionally) who. Asked
/// from the meeting notice; permissions and the deadline are checked on every step.
/// </summary>
public sealed class UnitDelegationFlow(UnitCatalog units) : IFlow, IButtonHandler<DelegationButton>
{
    public const string FlowName = "dlg";
    public const int MaxPeople = 200;

    public string Name => FlowName;

    /// <summary>The two questions: how many people come, then who.</summary>
    public enum State
    {
        Count,
        Names,
    }

    public void Handle(Turn turn, DelegationButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!Allowed(turn, button.MeetingId, out var meeting, out var member))
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        switch (button)
        {
            case DelegationButton.Start:
                turn.Session = turn.Session.Enter(FlowName, State.Count).Set("event", meeting.Id);
                turn.Say(Texts.AskDelegationCount, units.NameOf(member.UnitCode), meeting.Title);
                break;
            case DelegationButton.Skip when turn.Session.Flow == FlowName && turn.Session.Step<State>() == State.Names:
                Save(turn, meeting, member, []);
                break;
            default:
                turn.Acknowledge(Texts.ButtonExpired);
                turn.Say(Texts.ButtonExpired);
                break;
        }
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!Allowed(turn, turn.Session.Get("event"), out var meeting, out var member))
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        if (turn.Input.Event is TextIn text && turn.Session.Flow == FlowName)
        {
            Answer(turn, meeting, member, text.Text);
        }
        else
        {
            turn.Say(Texts.TextExpected);
        }
    }

    private static bool Allowed(Turn turn, string? meetingId, out Meeting meeting, out Member member)
    {
        meeting = null!;
        member = null!;
        if (turn.MemberOf() is not { Status: MemberStatus.Approved } found
            || Access.RoleOf(turn.Store, turn.Settings, turn.From) is not (Role.Coordinator or Role.Organizer))
        {
            turn.Say(Texts.DelegationCoordinatorsOnly);
            return false;
        }

        if (meetingId is null || turn.Store.Find<Meeting>(meetingId) is not { } target)
        {
            turn.Say(Texts.MeetingGone);
            return false;
        }

        if (!target.AcceptsAnswers(turn.Now))
        {
            turn.Say(Texts.RsvpClosed, MeetingFormat.When(target.RsvpDeadline, turn.Settings.TimeZone, turn.Lang));
            return false;
        }

        meeting = target;
        member = found;
        return true;
    }

    private void Answer(Turn turn, Meeting meeting, Member member, string text)
    {
        // A stored step this flow does not know is read as the first question, asked again.
        if (turn.Session.Step<State>() is not State.Names)
        {
            if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxPeople)
            {
                turn.Say(Texts.DelegationCountInvalid, MaxPeople);
                return;
            }

            if (count == 0)
            {
                turn.Session = turn.Session.Set("count", "0");
                Save(turn, meeting, member, []);
                return;
            }

            turn.Session = turn.Session.Set("count", count.ToString(CultureInfo.InvariantCulture)).At(State.Names);
            turn.Say(Texts.AskDelegationNames, [new Button(Texts.Skip.Plain(turn.Lang), new DelegationButton.Skip(meeting.Id).Encode())]);
            return;
        }

        var limit = int.Parse(turn.Session.Get("count") ?? "0", CultureInfo.InvariantCulture);
        var names = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (NameRule.Check(line.Normalize(NormalizationForm.FormC), out var name) != NameProblem.None)
            {
                names = null;
                break;
            }

            names.Add(name);
        }

        if (names is null || names.Count > limit)
        {
            turn.Say(Texts.DelegationNamesInvalid, limit);
            return;
        }

        Save(turn, meeting, member, names);
    }

    private void Save(Turn turn, Meeting meeting, Member member, List<string> names)
    {
        var count = int.Parse(turn.Session.Get("count") ?? "0", CultureInfo.InvariantCulture);
        turn.Changes.Put(new UnitDelegation
        {
            Id = UnitDelegation.IdFor(meeting.Id, member.UnitCode),
            EventId = meeting.Id,
            UnitCode = member.UnitCode,
            Count = count,
            Names = names,
            By = member.Id,
            At = turn.Now,
        });
        turn.Session = turn.Session.Leave();
        turn.Say(Texts.DelegationSaved, units.NameOf(member.UnitCode), count);
    }
}
