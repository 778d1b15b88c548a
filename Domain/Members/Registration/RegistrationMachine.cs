using Domain.Conversations;
using Stateless;

namespace Domain.Members.Registration;

/// <summary>The item a member may go back to from the summary.</summary>
public enum RegistrationField
{
    Name,
    Phone,
    Unit,
    Position,
}

public static class RegistrationFields
{
    /// <summary>Reads a field by its name only: Enum.TryParse would also take "7" or "Name,Position" from forged button data.</summary>
    public static bool TryParse(string? text, out RegistrationField field)
    {
        field = default;
        return Enum.GetNames<RegistrationField>().Contains(text, StringComparer.Ordinal) && Enum.TryParse(text, out field);
    }
}

/// <summary>
/// The registration conversation as a state machine, rebuilt from the session's stored state on
/// every message. Each answer has its own trigger, so a stale button of another step is refused
/// instead of being taken as this step's answer. Prompts are entry actions: they run on a real
/// transition, never on a rebuild.
/// </summary>
public sealed class RegistrationMachine : FlowMachine<RegistrationMachine.State, RegistrationMachine.Trigger>
{
    public const string PresetKey = "unitPreset";

    private readonly StateMachine<State, Trigger>.TriggerWithParameters<RegistrationField> pick;
    private readonly RegistrationActions actions;

    public RegistrationMachine(Turn turn, RegistrationActions actions)
        : base(turn, State.Consent)
    {
        this.actions = actions ?? throw new ArgumentNullException(nameof(actions));
        pick = Machine.SetTriggerParameters<RegistrationField>(Trigger.Pick);
        Configure();
    }

    public enum State
    {
        Consent,
        Name,
        Phone,
        Unit,
        Position,
        Review,
        ChooseField,
        Submitted,
        Refused,
        Cancelled,
    }

    public enum Trigger
    {
        Agree,
        Refuse,
        NameGiven,
        PhoneGiven,
        UnitChosen,
        PositionGiven,
        Confirm,
        Edit,
        Pick,
        Cancel,
    }

    /// <summary>True once the conversation reached an end (submitted, refused or cancelled).</summary>
    public bool Finished => Machine.State is State.Submitted or State.Refused or State.Cancelled;

    private bool Editing => Turn.Session.Get(EditingKey) is not null;

    private bool UnitPreset => Turn.Session.Get(PresetKey) is not null;

    /// <summary>The Mermaid state diagram of the machine, for the docs. Building it runs no action.</summary>
    public static string Diagram()
    {
        var units = new UnitCatalog([]);
        return new RegistrationMachine(SampleTurn(), new RegistrationActions(units, new ApprovalRequests(units))).Mermaid();
    }

    public bool Agree() => Try(Trigger.Agree);

    public bool Refuse() => Try(Trigger.Refuse);

    public bool GiveName(string name) => Give(Trigger.NameGiven, "name", name);

    public bool GivePhone(string phone) => Give(Trigger.PhoneGiven, "phone", phone);

    public bool ChooseUnit(string unitCode) => Give(Trigger.UnitChosen, "unit", unitCode);

    public bool GivePosition(string position) => Give(Trigger.PositionGiven, "position", position);

    public bool Confirm() => Try(Trigger.Confirm);

    public bool Edit() => Try(Trigger.Edit);

    public bool Cancel() => Try(Trigger.Cancel);

    public bool Pick(RegistrationField field) => Pick(pick, field);

    private void Configure()
    {
        Machine.Configure(State.Consent)
            .Permit(Trigger.Agree, State.Name)
            .Permit(Trigger.Refuse, State.Refused);

        Machine.Configure(State.Name)
            .OnEntry(() => actions.AskName(Turn))
            .PermitIf(Trigger.NameGiven, State.Review, () => Editing, "editing")
            .PermitIf(Trigger.NameGiven, State.Phone, () => !Editing, "first time");

        Machine.Configure(State.Phone)
            .OnEntry(() => actions.AskPhone(Turn))
            .OnExit(() => actions.PhoneSaved(Turn))
            .PermitIf(Trigger.PhoneGiven, State.Review, () => Editing, "editing")
            .PermitIf(Trigger.PhoneGiven, State.Unit, () => !Editing && !UnitPreset, "unit not chosen by link")
            .PermitIf(Trigger.PhoneGiven, State.Position, () => !Editing && UnitPreset, "unit chosen by link");

        Machine.Configure(State.Unit)
            .OnEntry(() => actions.AskUnit(Turn))
            .PermitIf(Trigger.UnitChosen, State.Review, () => Editing, "editing")
            .PermitIf(Trigger.UnitChosen, State.Position, () => !Editing, "first time");

        Machine.Configure(State.Position)
            .OnEntry(() => actions.AskPosition(Turn))
            .Permit(Trigger.PositionGiven, State.Review);

        Machine.Configure(State.Review)
            .OnEntry(() =>
            {
                Turn.Session = Turn.Session.Set(EditingKey, null);
                actions.ShowReview(Turn);
            })
            .Permit(Trigger.Confirm, State.Submitted)
            .Permit(Trigger.Edit, State.ChooseField)
            .Permit(Trigger.Cancel, State.Cancelled);

        Machine.Configure(State.ChooseField)
            .OnEntry(() => actions.AskField(Turn))
            .PermitDynamic(
                pick,
                field => field switch
                {
                    RegistrationField.Name => State.Name,
                    RegistrationField.Phone => State.Phone,
                    RegistrationField.Unit => State.Unit,
                    _ => State.Position,
                },
                "the field picked",
                new Stateless.Reflection.DynamicStateInfos
                {
                    { State.Name.ToString(), "name" },
                    { State.Phone.ToString(), "phone" },
                    { State.Unit.ToString(), "unit" },
                    { State.Position.ToString(), "position" },
                });

        Machine.Configure(State.Submitted).OnEntry(() => actions.Submit(Turn));
        Machine.Configure(State.Refused).OnEntry(() => actions.Refused(Turn));
        Machine.Configure(State.Cancelled).OnEntry(() => actions.Cancelled(Turn));
    }
}
