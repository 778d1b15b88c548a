using Domain.Conversations;

namespace Domain.Events;

/// <summary>
/// A unit coordinator's answer for the delegation: how many people come, then (optionally) who;
/// nobody coming needs no names. Saving happens on the way into Saved, so an unfinished answer
/// changes nothing. Rebuilt from the session on every message.
/// </summary>
public sealed class UnitDelegationMachine : FlowMachine<UnitDelegationMachine.State, UnitDelegationMachine.Trigger>
{
    public const string CountKey = "count";
    public const string NamesKey = "names";

    private readonly Action<Turn> askNames;
    private readonly Action<Turn> save;

    public UnitDelegationMachine(Turn turn, Action<Turn> askNames, Action<Turn> save)
        : base(turn, State.Count)
    {
        this.askNames = askNames ?? throw new ArgumentNullException(nameof(askNames));
        this.save = save ?? throw new ArgumentNullException(nameof(save));
        Configure();
    }

    /// <summary>Stored by name ("Count", "Names"): the names stay.</summary>
    public enum State
    {
        Count,
        Names,
        Saved,
    }

    public enum Trigger
    {
        CountGiven,
        NoneComing,
        NamesGiven,
        Skip,
    }

    public bool Finished => Machine.State == State.Saved;

    public static string Diagram() => new UnitDelegationMachine(SampleTurn(), _ => { }, _ => { }).Mermaid();

    public bool GiveCount(int count) => count == 0
        ? Give(Trigger.NoneComing, CountKey, "0")
        : Give(Trigger.CountGiven, CountKey, count.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public bool GiveNames(IReadOnlyList<string> names) => Give(Trigger.NamesGiven, NamesKey, string.Join('\n', names));

    public bool Skip() => Try(Trigger.Skip);

    private void Configure()
    {
        Machine.Configure(State.Count)
            .Permit(Trigger.CountGiven, State.Names)
            .Permit(Trigger.NoneComing, State.Saved);

        Machine.Configure(State.Names)
            .OnEntry(() => askNames(Turn))
            .Permit(Trigger.NamesGiven, State.Saved)
            .Permit(Trigger.Skip, State.Saved);

        Machine.Configure(State.Saved)
            .OnEntry(() => save(Turn));
    }
}
