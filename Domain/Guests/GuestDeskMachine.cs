using Domain.Conversations;

namespace Domain.Guests;

/// <summary>
/// The guest desk's one question, as a machine: from the menu the organizer chooses to add one
/// guest (a line) or import a list (pasted lines or a CSV file); the answer that makes the
/// invitations takes the desk back to the menu, where the session ends. Choosing again while a
/// question waits asks the chosen one.
/// </summary>
public sealed class GuestDeskMachine : FlowMachine<GuestDeskMachine.State, GuestDeskMachine.Trigger>
{
    private readonly IGuestDeskActions actions;

    public GuestDeskMachine(Turn turn, IGuestDeskActions actions)
        : base(turn, State.Menu)
    {
        this.actions = actions ?? throw new ArgumentNullException(nameof(actions));
        Configure();
    }

    /// <summary>Menu is never stored: the session leaves the flow there.</summary>
    public enum State
    {
        Menu,
        Add,
        Import,
    }

    public enum Trigger
    {
        ChooseAdd,
        ChooseImport,
        Made,
    }

    public bool Finished => Machine.State == State.Menu;

    public static string Diagram() => new GuestDeskMachine(SampleTurn(), NoActions.Instance).Mermaid();

    public bool ChooseAdd() => Try(Trigger.ChooseAdd);

    public bool ChooseImport() => Try(Trigger.ChooseImport);

    public bool Made() => Try(Trigger.Made);

    private void Configure()
    {
        Machine.Configure(State.Menu)
            .Permit(Trigger.ChooseAdd, State.Add)
            .Permit(Trigger.ChooseImport, State.Import);

        Machine.Configure(State.Add)
            .OnEntry(AskLine, "ask for one guest's line")
            .PermitReentry(Trigger.ChooseAdd)
            .Permit(Trigger.ChooseImport, State.Import)
            .Permit(Trigger.Made, State.Menu);

        Machine.Configure(State.Import)
            .OnEntry(AskList, "ask for the list or a CSV file")
            .PermitReentry(Trigger.ChooseImport)
            .Permit(Trigger.ChooseAdd, State.Add)
            .Permit(Trigger.Made, State.Menu);
    }

    private void AskLine() => actions.AskLine(Turn);

    private void AskList() => actions.AskList(Turn);

    private sealed class NoActions : IGuestDeskActions
    {
        public static readonly NoActions Instance = new();

        public void AskLine(Turn turn)
        {
        }

        public void AskList(Turn turn)
        {
        }
    }
}

/// <summary>What the guest desk's machine asks on entering a question.</summary>
public interface IGuestDeskActions
{
    void AskLine(Turn turn);

    void AskList(Turn turn);
}
