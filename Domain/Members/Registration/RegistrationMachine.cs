using Domain.Conversations;
using Domain.Users;
using Stateless;
using Stateless.Graph;

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
public sealed class RegistrationMachine
{
    public const string EditingKey = "editing";
    public const string PresetKey = "unitPreset";

    private readonly StateMachine<State, Trigger> machine;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<RegistrationField> pick;
    private readonly Turn turn;
    private readonly RegistrationActions actions;

    public RegistrationMachine(Turn turn, RegistrationActions actions)
    {
        this.turn = turn ?? throw new ArgumentNullException(nameof(turn));
        this.actions = actions ?? throw new ArgumentNullException(nameof(actions));
        machine = new StateMachine<State, Trigger>(
            () => Enum.TryParse<State>(turn.Session.State, out var state) ? state : State.Consent,
            state => turn.Session = turn.Session with { State = state.ToString() });
        pick = machine.SetTriggerParameters<RegistrationField>(Trigger.Pick);
        Configure();
    }

    private enum State
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

    private enum Trigger
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
    public bool Finished => machine.State is State.Submitted or State.Refused or State.Cancelled;

    /// <summary>The step names for the prompts: Consent, Name, Phone, Unit, Position, Review, ChooseField.</summary>
    public string Step => machine.State.ToString();

    private bool Editing => turn.Session.Get(EditingKey) is not null;

    private bool UnitPreset => turn.Session.Get(PresetKey) is not null;

    /// <summary>The Mermaid state diagram of the machine, for the docs. Building it runs no action.</summary>
    public static string Diagram()
    {
        var sample = new Turn(
            new InboundEnvelope("diagram", new UserKey("doc", "0"), new TextIn(string.Empty), DateTimeOffset.UnixEpoch),
            Session.New(new UserKey("doc", "0"), Text.Lang.Vi),
            EmptyReadModel.Instance,
            new BotSettings(),
            DateTimeOffset.UnixEpoch);
        var units = new UnitCatalog([]);
        var actions = new RegistrationActions(units, new ApprovalRequests(units));
        return MermaidGraph.Format(new RegistrationMachine(sample, actions).machine.GetInfo());
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

    public bool Pick(RegistrationField field)
    {
        if (!machine.CanFire(pick, field))
        {
            return false;
        }

        turn.Session = turn.Session.Set(EditingKey, "1");
        machine.Fire(pick, field);
        return true;
    }

    private bool Try(Trigger trigger)
    {
        if (!machine.CanFire(trigger))
        {
            return false;
        }

        machine.Fire(trigger);
        return true;
    }

    private bool Give(Trigger trigger, string field, string value)
    {
        if (!machine.CanFire(trigger))
        {
            return false;
        }

        turn.Session = turn.Session.Set(field, value);
        machine.Fire(trigger);
        return true;
    }

    private void Configure()
    {
        machine.Configure(State.Consent)
            .Permit(Trigger.Agree, State.Name)
            .Permit(Trigger.Refuse, State.Refused);

        machine.Configure(State.Name)
            .OnEntry(() => actions.AskName(turn))
            .PermitIf(Trigger.NameGiven, State.Review, () => Editing, "editing")
            .PermitIf(Trigger.NameGiven, State.Phone, () => !Editing, "first time");

        machine.Configure(State.Phone)
            .OnEntry(() => actions.AskPhone(turn))
            .OnExit(() => actions.PhoneSaved(turn))
            .PermitIf(Trigger.PhoneGiven, State.Review, () => Editing, "editing")
            .PermitIf(Trigger.PhoneGiven, State.Unit, () => !Editing && !UnitPreset, "unit not chosen by link")
            .PermitIf(Trigger.PhoneGiven, State.Position, () => !Editing && UnitPreset, "unit chosen by link");

        machine.Configure(State.Unit)
            .OnEntry(() => actions.AskUnit(turn))
            .PermitIf(Trigger.UnitChosen, State.Review, () => Editing, "editing")
            .PermitIf(Trigger.UnitChosen, State.Position, () => !Editing, "first time");

        machine.Configure(State.Position)
            .OnEntry(() => actions.AskPosition(turn))
            .Permit(Trigger.PositionGiven, State.Review);

        machine.Configure(State.Review)
            .OnEntry(() =>
            {
                turn.Session = turn.Session.Set(EditingKey, null);
                actions.ShowReview(turn);
            })
            .Permit(Trigger.Confirm, State.Submitted)
            .Permit(Trigger.Edit, State.ChooseField)
            .Permit(Trigger.Cancel, State.Cancelled);

        machine.Configure(State.ChooseField)
            .OnEntry(() => actions.AskField(turn))
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

        machine.Configure(State.Submitted).OnEntry(() => actions.Submit(turn));
        machine.Configure(State.Refused).OnEntry(() => actions.Refused(turn));
        machine.Configure(State.Cancelled).OnEntry(() => actions.Cancelled(turn));
    }
}
