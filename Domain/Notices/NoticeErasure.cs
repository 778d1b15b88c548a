using Domain.Conversations;
using Domain.Members;
using Domain.Reports;
using Domain.Text;

namespace Domain.Notices;

/// <summary>
/// A broadcast that names a person who erases their data (a notice quoting them, a commendation)
/// still reaches the others, with the person's name and phone number shown as "(đã xóa)": in the
/// stored notice, and (through <see cref="PersonalTrace.Redact"/>) in its messages not sent yet.
/// A message already delivered cannot be recalled from the people's chats.
/// </summary>
public static class NoticeErasure
{
    /// <summary>Replaces the person's name and number in a text; null when neither is known.</summary>
    public static Func<string, string>? Redactor(Turn turn, Member? member)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var name = member?.FullName ?? turn.Session.Get("name");
        var phone = member?.Phone ?? turn.Session.Get("phone");
        if (string.IsNullOrWhiteSpace(name) && PhoneRule.Normalize(phone) is null)
        {
            return null;
        }

        // Hashes in memory only, for this turn: the salt guards nothing stored.
        var person = ErasedPerson.Of(nameof(NoticeErasure), [], name, phone);
        return text => person.Redact(text, Texts.ErasedName.Vi);
    }
}
