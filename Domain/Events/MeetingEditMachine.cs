using Domain.Conversations;
using Domain.Text;
using Stateless;
using Stateless.Reflection;
using State = Domain.Events.MeetingEditor.State;

namespace Domain.Events;

/// <summary>
/// /sukien's questions: from a meeting's card the organizer copies it (asked the new date) or
/// changes one item (asked its new value). An accepted answer goes back to the card; a refused one
/// leaves the question asked. Rebuilt from the session on every message.
/// </summary>
public sealed class MeetingEditMachine : FlowMachine<State, MeetingEditMachine.Trigger>
{
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<State> edit;

    public MeetingEditMachine(Turn turn)
        : base(turn, State.Card)
    {
        edit = Machine.SetTriggerParameters<State>(Trigger.Edit);
        Configure();
    }

    public enum Trigger
    {
        Copy,
        Edit,
        Saved,
    }

    public static string Diagram() => new MeetingEditMachine(SampleTurn()).Mermaid();

    /// <summary>Asks the date of a copy; only from the card.</summary>
    public bool Copy() => Try(Trigger.Copy);

    /// <summary>Asks the new value of one item of the card.</summary>
    public bool Edit(State field)
    {
        if (!Machine.CanFire(edit, field))
        {
            return false;
        }

        Machine.Fire(edit, field);
        return true;
    }

    /// <summary>The answer was accepted and saved: back to the card.</summary>
    public bool Saved() => Try(Trigger.Saved);

    private static bool IsField(State field) => MeetingEditor.Fields.Contains(field);

    private static Msg Question(State field) => field switch
    {
        State.Title => Texts.AskTitle,
        State.Short => Texts.AskShortTitle,
        State.Time => Texts.AskNewTime,
        State.Venue => Texts.AskVenue,
        State.Deadline => Texts.AskDeadline,
        State.Programme => Texts.AskProgramme,
        State.Plan => Texts.AskPlanNumber,
        State.Signer => Texts.AskSigner,
        State.Issued => Texts.AskIssued,
        _ => Texts.AskExpected,
    };

    private void Configure()
    {
        var items = new DynamicStateInfos();
        foreach (var field in MeetingEditor.Fields)
        {
            items.Add(field.ToString(), field.ToString().ToLowerInvariant());
        }

        Machine.Configure(State.Card)
            .Permit(Trigger.Copy, State.Copy)
            .PermitDynamicIf(edit, field => field, IsField, "an item of the card", items);

        Machine.Configure(State.Copy)
            .OnEntry(() => Turn.Say(Texts.AskNewTime))
            .Permit(Trigger.Saved, State.Card);

        foreach (var field in MeetingEditor.Fields)
        {
            Machine.Configure(field)
                .OnEntry(() => Turn.Say(Question(field), Meeting.ShortTitleMax))
                .Permit(Trigger.Saved, State.Card);
        }
    }
}
