using System.Globalization;
using Domain.Conversations;
using Domain.Text;

namespace Domain.Members.Registration;

/// <summary>
/// Reads what the person sent during registration, checks it, and moves the machine. A bad answer
/// is answered with what is wrong and how to write it; input of the wrong kind (text where a
/// button is expected) gets the question again. The step does not change.
/// </summary>
public sealed class RegistrationFlow(UnitCatalog units, RegistrationActions actions) : IFlow, IButtonHandler<RegistrationButton>, IStepQuestions<RegistrationMachine.State>
{
    public const string FlowName = "reg";

    /// <summary>Set in the draft when the phone came from the share-contact button.</summary>
    public const string SharedPhoneKey = "phoneShared";

    public string Name => FlowName;

    /// <summary>Greets and starts a registration; a valid unit code (from a deep link) is chosen in advance.</summary>
    public void Begin(Turn turn, string? unitCode)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Session = turn.Session.Enter(FlowName, RegistrationMachine.State.Consent);
        if (units.Find(unitCode) is { } unit)
        {
            turn.Session = turn.Session.Set("unit", unit.Code).Set(RegistrationMachine.PresetKey, "1");
        }
        else if (!string.IsNullOrWhiteSpace(unitCode))
        {
            // A mistyped or guessed code: said once, then the normal start, the unit asked later.
            turn.Say(Texts.StartUnknownUnit, unitCode.Length > 20 ? unitCode[..20] + "…" : unitCode);
        }

        actions.GreetAndAskConsent(turn);
    }

    /// <summary>Shows the current step's question again (after /start in the middle, say).</summary>
    public void Resume(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        Ask(turn, new RegistrationMachine(turn, actions).Step);
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var machine = new RegistrationMachine(turn, actions);
        Answer(turn, machine);
        LeaveIfFinished(turn, machine);
    }

    /// <summary>Registered as the flow's own buttons: the session is in the registration.</summary>
    public void Handle(Turn turn, RegistrationButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        var machine = new RegistrationMachine(turn, actions);
        var done = button switch
        {
            RegistrationButton.Answer { Choice: RegistrationChoice.Agree } => Agree(turn, machine),
            RegistrationButton.Answer { Choice: RegistrationChoice.Refuse } => machine.Refuse(),
            RegistrationButton.Answer { Choice: RegistrationChoice.Confirm } => machine.Confirm(),
            RegistrationButton.Answer { Choice: RegistrationChoice.Edit } => machine.Edit(),
            RegistrationButton.Answer { Choice: RegistrationChoice.Cancel } => machine.Cancel(),
            RegistrationButton.OfUnit(var code) when units.Find(code) is { } unit => machine.ChooseUnit(unit.Code),
            RegistrationButton.Field(var field) => machine.Pick(field),
            _ => false,
        };
        if (!done)
        {
            ButtonRoute.Expired(turn);
        }

        LeaveIfFinished(turn, machine);
    }

    private static void LeaveIfFinished(Turn turn, RegistrationMachine machine)
    {
        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private static bool Agree(Turn turn, RegistrationMachine machine)
    {
        var before = turn.Session;
        turn.Session = turn.Session.Set("consentAt", turn.Now.ToString("O", CultureInfo.InvariantCulture));
        if (machine.Agree())
        {
            return true;
        }

        turn.Session = before;
        return false;
    }

    private void Answer(Turn turn, RegistrationMachine machine)
    {
        RegistrationField? field = machine.Step switch
        {
            RegistrationMachine.State.Name => RegistrationField.Name,
            RegistrationMachine.State.Phone => RegistrationField.Phone,
            RegistrationMachine.State.Position => RegistrationField.Position,
            _ => null,
        };
        if (field is null)
        {
            ChoiceStep.AskAgain(turn, this, machine.Step);
            return;
        }

        if (FieldInput.Read(turn, field.Value, turn.Input.Event) is not { } value)
        {
            return;
        }

        if (field == RegistrationField.Phone)
        {
            turn.Session = turn.Session.Set(SharedPhoneKey, turn.Input.Event is ContactIn ? "1" : null);
        }

        _ = field switch
        {
            RegistrationField.Name => machine.GiveName(value),
            RegistrationField.Phone => machine.GivePhone(value),
            _ => machine.GivePosition(value),
        };
    }

    /// <summary>Every step but the name, the phone and the position is answered by its buttons.</summary>
    public bool HasChoices(RegistrationMachine.State state) =>
        state is not (RegistrationMachine.State.Name or RegistrationMachine.State.Phone or RegistrationMachine.State.Position);

    void IStepQuestions<RegistrationMachine.State>.AskAgain(Turn turn, RegistrationMachine.State state) => Ask(turn, state);

    private void Ask(Turn turn, RegistrationMachine.State step)
    {
        switch (step)
        {
            case RegistrationMachine.State.Consent:
                actions.AskConsent(turn);
                break;
            case RegistrationMachine.State.Name:
                actions.AskName(turn);
                break;
            case RegistrationMachine.State.Phone:
                actions.AskPhone(turn);
                break;
            case RegistrationMachine.State.Unit:
                actions.AskUnit(turn);
                break;
            case RegistrationMachine.State.Position:
                actions.AskPosition(turn);
                break;
            case RegistrationMachine.State.Review:
                actions.ShowReview(turn);
                break;
            default:
                actions.AskField(turn);
                break;
        }
    }
}
