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

    public void Handle(Turn turn, DelegationButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!Allowed(turn, button.MeetingId, out var meeting, out var member))
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var machine = Machine(turn, meeting, member);
        switch (button)
        {
            case DelegationButton.Start:
                turn.Session = turn.Session.Enter(FlowName, UnitDelegationMachine.State.Count).Set("event", meeting.Id);
                turn.Say(Texts.AskDelegationCount, units.NameOf(member.UnitCode), meeting.Title);
                break;
            case DelegationButton.Skip when turn.Session.Flow == FlowName && machine.Step == UnitDelegationMachine.State.Names:
                machine.Skip();
                break;
            default:
                ButtonRoute.Expired(turn);
                break;
        }

        LeaveWhenSaved(turn, machine);
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!Allowed(turn, turn.Session.Get("event"), out var meeting, out var member))
        {
            turn.Session = turn.Session.Leave();
            return;
        }

        var machine = Machine(turn, meeting, member);
        if (turn.Input.Event is TextIn text)
        {
            Answer(turn, machine, meeting, text.Text);
            LeaveWhenSaved(turn, machine);
        }
        else
        {
            Refuse(turn, machine, meeting, Texts.TextExpected);
        }
    }

    private static void LeaveWhenSaved(Turn turn, UnitDelegationMachine machine)
    {
        if (turn.Session.Flow == FlowName && machine.Finished)
        {
            turn.Session = turn.Session.Leave();
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

    /// <summary>The names may be skipped: their refusal keeps Skip, so its number holds on a channel of numbered choices.</summary>
    private static void Refuse(Turn turn, UnitDelegationMachine machine, Meeting meeting, Msg problem, params object?[] args) =>
        ChoiceStep.Refuse(turn, problem, machine.Step == UnitDelegationMachine.State.Names ? [SkipButton(turn, meeting)] : [], args);

    private static Button SkipButton(Turn turn, Meeting meeting) => new(Texts.Skip.Plain(turn.Lang), new DelegationButton.Skip(meeting.Id).Encode());

    private static void Answer(Turn turn, UnitDelegationMachine machine, Meeting meeting, string text)
    {
        // A stored step this flow does not know reads as the first question, asked again.
        if (machine.Step is not UnitDelegationMachine.State.Names)
        {
            if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxPeople)
            {
                turn.Say(Texts.DelegationCountInvalid, MaxPeople);
                return;
            }

            machine.GiveCount(count);
            return;
        }

        var limit = Count(turn);
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
            Refuse(turn, machine, meeting, Texts.DelegationNamesInvalid, limit);
            return;
        }

        machine.GiveNames(names);
    }

    private static int Count(Turn turn) => int.Parse(turn.Session.Get(UnitDelegationMachine.CountKey) ?? "0", CultureInfo.InvariantCulture);

    private UnitDelegationMachine Machine(Turn turn, Meeting meeting, Member member) => new(
        turn,
        t => t.Say(Texts.AskDelegationNames, [SkipButton(t, meeting)]),
        t => Save(t, meeting, member));

    private void Save(Turn turn, Meeting meeting, Member member)
    {
        var count = Count(turn);
        var names = turn.Session.Get(UnitDelegationMachine.NamesKey) is { Length: > 0 } joined ? joined.Split('\n').ToList() : [];
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
        turn.Say(Texts.DelegationSaved, units.NameOf(member.UnitCode), count);
    }
}
