using Domain.Conversations;
using Domain.Members.Registration;
using Stateless;
using Stateless.Reflection;

namespace Domain.Members;

/// <summary>
/// /hoso: from the profile shown, the member changes one item (asked the new value); an accepted
/// answer goes back to the profile, a refused one leaves the question asked. Rebuilt from the
/// session on every message.
/// </summary>
public sealed class ProfileMachine : FlowMachine<ProfileMachine.State, ProfileMachine.Trigger>
{
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<RegistrationField> change;
    private readonly Action<Turn, RegistrationField> ask;

    public ProfileMachine(Turn turn, Action<Turn, RegistrationField> ask)
        : base(turn, State.Shown)
    {
        this.ask = ask ?? throw new ArgumentNullException(nameof(ask));
        change = Machine.SetTriggerParameters<RegistrationField>(Trigger.Change);
        Configure();
    }

    /// <summary>The item being asked, stored by the registration field's name ("Name", "Phone", …): the names stay.</summary>
    public enum State
    {
        Shown,
        Name,
        Phone,
        Unit,
        Position,
    }

    public enum Trigger
    {
        Change,
        Saved,
    }

    /// <summary>The item being asked; null when none is (the profile is shown).</summary>
    public RegistrationField? Field => FieldOf(Machine.State);

    public static string Diagram() => new ProfileMachine(SampleTurn(), (_, _) => { }).Mermaid();

    public bool Change(RegistrationField field)
    {
        if (!Machine.CanFire(change, field))
        {
            return false;
        }

        Machine.Fire(change, field);
        return true;
    }

    /// <summary>The answer was accepted and saved: back to the profile.</summary>
    public bool Saved() => Try(Trigger.Saved);

    private static RegistrationField? FieldOf(State state) => state switch
    {
        State.Name => RegistrationField.Name,
        State.Phone => RegistrationField.Phone,
        State.Unit => RegistrationField.Unit,
        State.Position => RegistrationField.Position,
        _ => null,
    };

    private static State Of(RegistrationField field) => field switch
    {
        RegistrationField.Name => State.Name,
        RegistrationField.Phone => State.Phone,
        RegistrationField.Unit => State.Unit,
        _ => State.Position,
    };

    private void Configure()
    {
        Machine.Configure(State.Shown)
            .PermitDynamic(change, Of, "the item pressed", new DynamicStateInfos
            {
                { State.Name.ToString(), "name" },
                { State.Phone.ToString(), "phone" },
                { State.Unit.ToString(), "unit" },
                { State.Position.ToString(), "position" },
            });

        foreach (var item in new[] { State.Name, State.Phone, State.Unit, State.Position })
        {
            var field = FieldOf(item)!.Value;
            Machine.Configure(item)
                .OnEntry(() => ask(Turn, field))
                .Permit(Trigger.Saved, State.Shown);
        }
    }
}
