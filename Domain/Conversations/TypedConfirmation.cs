using Domain.Text;

namespace Domain.Conversations;

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

    /// <summary>Asks for the confirmation of a decoded press and answers true when it must wait for it.</summary>
    public static bool Ask<TButton>(Turn turn, ButtonIn pressed, IConfirmWhenTyped<TButton>? guard, TButton button)
        where TButton : class, IButton<TButton>
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(pressed);
        if (!IsTyped(pressed) || guard?.Consequence(turn, button) is not { } consequence)
        {
            return false;
        }

        turn.Reply(new TextOut(consequence).WithButtons(
        [
            new Button(Texts.ConfirmGo.Plain(turn.Lang), $"{Prefix}:{pressed.Data}"),
            new Button(Texts.ConfirmStop.Plain(turn.Lang), Stop),
        ]));
        return true;
    }
}
