using Domain.Text;

namespace Domain.Conversations;

/// <summary>
/// A button handler whose presses change someone else's data (or erase a person's): on a channel
/// without buttons, where a press is a typed number and a message that arrived meanwhile may have
/// changed what the number stands for, such a press first says what it will do.
/// </summary>
public interface IConfirmWhenTyped
{
    /// <summary>What the press will do, in the presser's language; null when it needs no confirmation.</summary>
    Html? Consequence(Turn turn, ButtonIn button);
}

/// <summary>
/// The confirmation step: the press is asked again as "cfm:" + its own data, with one choice to
/// go ahead and one to stop. The confirmed press runs through the same handler and the same
/// checks as any other; the step guards against a slip, not against a forger.
/// </summary>
public static class TypedConfirmation
{
    public const string Prefix = "cfm";
    public const string Stop = "cfm-stop";

    /// <summary>A press typed as a number on a channel without buttons: no client callback id.</summary>
    public static bool IsTyped(ButtonIn button)
    {
        ArgumentNullException.ThrowIfNull(button);
        return button.CallbackId is null;
    }

    /// <summary>Asks for the confirmation and answers true when the press must wait for it.</summary>
    public static bool Ask(Turn turn, ButtonIn button, IButtonHandler handler) =>
        Ask(turn, button, handler is IConfirmWhenTyped guarded ? t => guarded.Consequence(t, button) : null);

    /// <summary>Asks for the confirmation of a decoded press and answers true when it must wait for it.</summary>
    public static bool Ask<TButton>(Turn turn, ButtonIn pressed, IConfirmWhenTyped<TButton>? guard, TButton button)
        where TButton : class, IButton<TButton> =>
        Ask(turn, pressed, guard is null ? null : t => guard.Consequence(t, button));

    private static bool Ask(Turn turn, ButtonIn button, Func<Turn, Html?>? consequenceOf)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!IsTyped(button) || consequenceOf?.Invoke(turn) is not { } consequence)
        {
            return false;
        }

        turn.Reply(new TextOut(consequence).WithButtons(
        [
            new Button(Texts.ConfirmGo.Plain(turn.Lang), $"{Prefix}:{button.Data}"),
            new Button(Texts.ConfirmStop.Plain(turn.Lang), Stop),
        ]));
        return true;
    }
}
