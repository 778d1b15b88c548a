using System.Globalization;
using Domain.Members;
using Domain.Text;

namespace Domain.Conversations;

/// <summary>
/// The answer to text no conversation reads. While numbered choices are on screen they stay
/// there and the answer says which numbers choose (one slip must not cost the menu); a number
/// shown no more is told as such, never pressed (it may be from an old list); someone who never
/// registered is pointed to registration.
/// </summary>
internal static class UnreadText
{
    public static void Answer(Turn turn)
    {
        var typed = turn.Input.Event is TextIn text ? text.Text : null;
        var chat = (turn.Input.Via ?? turn.Input.From).ToString();
        var shown = typed is null ? 0 : turn.Store.Find<ShownChoices>(chat)?.Items.Count ?? 0;
        if (shown > 0)
        {
            var hint = IsNumber(typed) ? Texts.ChoiceNumberNotListed.For(turn.Lang, shown)
                : shown == 1 ? Texts.ChoiceOneNotRead.For(turn.Lang)
                : Texts.ChoiceWordsNotRead.For(turn.Lang, shown);
            turn.Reply(new TextOut(hint) { KeepsChoices = true });
        }
        else if (IsNumber(typed))
        {
            turn.Say(Texts.ChoiceNumberNotShown);
        }
        else if (turn.MemberOf() is null && !turn.IsOrganizer())
        {
            turn.Say(Texts.NotRegistered);
        }
        else
        {
            turn.Say(Texts.NotUnderstood);
        }
    }

    private static bool IsNumber(string? typed) =>
        typed is not null && int.TryParse(typed.Trim().TrimEnd('.', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
