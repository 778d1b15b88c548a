using System.Text;
using Domain.Conversations;
using Domain.Text;

namespace Domain.Members.Registration;

/// <summary>
/// Reads a typed or shared answer for one profile item, the same way at registration and when a
/// member edits their profile. On bad input it tells the person why and returns null.
/// </summary>
public static class FieldInput
{
    public const int MaxPositionLength = 100;

    public static string? Read(Turn turn, RegistrationField field, Inbound input)
    {
        ArgumentNullException.ThrowIfNull(turn);
        switch (field, input)
        {
            case (RegistrationField.Name, TextIn text):
                var problem = NameRule.Check(text.Text, out var name);
                if (problem == NameProblem.None)
                {
                    return name;
                }

                turn.Say(problem switch
                {
                    NameProblem.TooLong => Texts.NameTooLong,
                    NameProblem.BadCharacters => Texts.NameBadCharacters,
                    _ => Texts.NameTooShort,
                });
                return null;
            case (RegistrationField.Phone, TextIn text):
                return PhoneRule.Normalize(text.Text) ?? SayNull(turn, Texts.PhoneInvalid);
            case (RegistrationField.Phone, ContactIn contact) when contact.OwnerId != turn.From.Id:
                return SayNull(turn, Texts.ContactNotOwn);
            case (RegistrationField.Phone, ContactIn contact):
                return PhoneRule.Normalize(contact.Phone) ?? SayNull(turn, Texts.PhoneInvalid);
            case (RegistrationField.Position, TextIn text):
                var position = NameRule.Collapse(text.Text.Normalize(NormalizationForm.FormC));
                return position.Length is >= 2 and <= MaxPositionLength ? position : SayNull(turn, Texts.PositionInvalid);
            case (RegistrationField.Unit, _):
                return SayNull(turn, Texts.UseButtons);
            default:
                return SayNull(turn, Texts.TextExpected);
        }
    }

    private static string? SayNull(Turn turn, Msg text)
    {
        turn.Say(text);
        return null;
    }
}
