using System.Globalization;
using Domain.Conversations;
using Domain.Text;

namespace Domain.Members.Registration;

/// <summary>
/// Reads what the person sent during registration, checks it, and moves the machine. A bad answer
/// is answered with what is wrong and how to write it; input of the wrong kind (text where a
/// button is expected) gets the question again. The step does not change.
/// </summary>
public sealed class RegistrationFlow(UnitCatalog units, RegistrationActions actions) : IFlow
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
        switch (turn.Input.Event)
        {
            case ButtonIn button:
                Press(turn, machine, button.Arg);
                break;
            default:
                Answer(turn, machine);
                break;
        }

        if (machine.Finished)
        {
            turn.Session = turn.Session.Leave();
        }
    }

    private void Press(Turn turn, RegistrationMachine machine, string arg)
    {
        var parts = arg.Split(':', 2);
        var done = parts[0] switch
        {
            "agree" => Agree(turn, machine),
            "refuse" => machine.Refuse(),
            "unit" when parts.Length == 2 && units.Find(parts[1]) is { } unit => machine.ChooseUnit(unit.Code),
            "confirm" => machine.Confirm(),
            "edit" => machine.Edit(),
            "cancel" => machine.Cancel(),
            "field" when parts.Length == 2 && RegistrationFields.TryParse(parts[1], out var field) => machine.Pick(field),
            _ => false,
        };
        if (!done)
        {
            turn.Acknowledge(Texts.ButtonExpired);
            turn.Say(Texts.ButtonExpired);
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
            turn.Say(Texts.UseButtons);
            Ask(turn, machine.Step);
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
