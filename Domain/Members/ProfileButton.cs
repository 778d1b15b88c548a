using Domain.Conversations;
using Domain.Members.Registration;

namespace Domain.Members;

/// <summary>The buttons of /hoso: the item to change, and the new unit.</summary>
public abstract record ProfileButton : IButton<ProfileButton>
{
    private ProfileButton()
    {
    }

    public static string Flow => ProfileEditor.FlowName;

    public static ProfileButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        ["field", var name] when RegistrationFields.TryParse(name, out var field) => new Field(field),
        ["unit", _, ..] => new OfUnit(ButtonData.Rest(parts, 1)),
        _ => null,
    };

    public abstract string Encode();

    public sealed record Field(RegistrationField Name) : ProfileButton
    {
        public override string Encode() => ButtonData.Join(Flow, "field", Name.ToString());
    }

    public sealed record OfUnit(string UnitCode) : ProfileButton
    {
        public override string Encode() => ButtonData.Join(Flow, "unit", UnitCode);
    }
}
