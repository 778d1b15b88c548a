using Domain.Conversations;

namespace Domain.Members.Registration;

/// <summary>A one-word answer in the registration: consent, then the review's confirm / edit / cancel.</summary>
public enum RegistrationChoice
{
    Agree,
    Refuse,
    Confirm,
    Edit,
    Cancel,
}

/// <summary>The buttons of the registration conversation; they work only while it is in progress.</summary>
public abstract record RegistrationButton : IButton<RegistrationButton>
{
    private RegistrationButton()
    {
    }

    public static string Flow => RegistrationFlow.FlowName;

    public static RegistrationButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        ["agree", ..] => new Answer(RegistrationChoice.Agree),
        ["refuse", ..] => new Answer(RegistrationChoice.Refuse),
        ["confirm", ..] => new Answer(RegistrationChoice.Confirm),
        ["edit", ..] => new Answer(RegistrationChoice.Edit),
        ["cancel", ..] => new Answer(RegistrationChoice.Cancel),
        ["unit", _, ..] => new OfUnit(ButtonData.Rest(parts, 1)),
        ["field", var name] when RegistrationFields.TryParse(name, out var field) => new Field(field),
        _ => null,
    };

    public abstract string Encode();

    /// <summary>Consent, the review's confirm / edit / cancel.</summary>
    public sealed record Answer(RegistrationChoice Choice) : RegistrationButton
    {
        public override string Encode() => ButtonData.Join(Flow, Choice switch
        {
            RegistrationChoice.Agree => "agree",
            RegistrationChoice.Refuse => "refuse",
            RegistrationChoice.Confirm => "confirm",
            RegistrationChoice.Edit => "edit",
            RegistrationChoice.Cancel => "cancel",
            _ => throw new InvalidOperationException($"No button for {Choice}."),
        });
    }

    public sealed record OfUnit(string UnitCode) : RegistrationButton
    {
        public override string Encode() => ButtonData.Join(Flow, "unit", UnitCode);
    }

    /// <summary>The field to change from the review.</summary>
    public sealed record Field(RegistrationField Name) : RegistrationButton
    {
        public override string Encode() => ButtonData.Join(Flow, "field", Name.ToString());
    }
}
