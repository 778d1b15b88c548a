using Domain.Text;

namespace Domain.Conversations;

/// <summary>
/// Sends each inbound event to the one handler that owns it. Holds no state: everything a turn
/// needs is in the <see cref="Turn"/>.
/// </summary>
public sealed class Router
{
    private readonly Dictionary<string, ICommandHandler> commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IButtonHandler> buttons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IFlow> flows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ISignalHandler> signals = new(StringComparer.Ordinal);

    /// <summary>Registers each handler under every role it plays (command, button, flow, signal).</summary>
    public Router(IEnumerable<object> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (var handler in handlers)
        {
            var used = false;
            if (handler is ICommandHandler command)
            {
                foreach (var name in command.Names)
                {
                    commands.Add(name, command);
                }

                used = true;
            }

            if (handler is IButtonHandler button)
            {
                buttons.Add(button.Prefix, button);
                used = true;
            }

            if (handler is IFlow flow)
            {
                flows.Add(flow.Name, flow);
                used = true;
            }

            if (handler is ISignalHandler signal)
            {
                signals.Add(signal.Name, signal);
                used = true;
            }

            if (!used)
            {
                throw new ArgumentException($"{handler.GetType().Name} handles nothing.", nameof(handlers));
            }
        }
    }

    public void Handle(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        Users.Identities.NoteChannel(turn);
        Dispatch(turn);
        Users.Identities.Readdress(turn);
    }

    private void Dispatch(Turn turn)
    {
        switch (turn.Input.Event)
        {
            case CommandIn command:
                HandleCommand(turn, command);
                break;
            case ButtonIn button:
                HandleButton(turn, button);
                turn.Acknowledge();
                break;
            case SignalIn signal:
                if (signals.TryGetValue(signal.Name, out var signalHandler))
                {
                    signalHandler.Handle(turn, signal);
                }

                break;
            case TextIn text when IsCancelWord(text.Text) && turn.Session.Flow is not null:
                Cancel(turn);
                break;
            default:
                if (ActiveFlow(turn) is { } flow)
                {
                    flow.Handle(turn);
                }
                else
                {
                    turn.Say(turn.Input.Event is UnsupportedIn or MediaIn ? Texts.OnlyText : Texts.NotUnderstood);
                }

                break;
        }
    }

    /// <summary>Leaves whatever flow the session is in, dropping its unsaved answers.</summary>
    public static void Cancel(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var wasInFlow = turn.Session.Flow is not null;
        turn.Session = turn.Session.Leave();
        turn.Reply(new TextOut((wasInFlow ? Texts.Cancelled : Texts.NothingToCancel).For(turn.Lang)) { RemoveKeyboard = wasInFlow });
    }

    private static bool IsCancelWord(string text) =>
        text.Trim().Normalize().ToUpperInvariant() is "HỦY" or "HUỶ" or "HUY" or "CANCEL";

    private IFlow? ActiveFlow(Turn turn) =>
        turn.Session.Flow is { } name && flows.TryGetValue(name, out var flow) ? flow : null;

    private void HandleCommand(Turn turn, CommandIn command)
    {
        if (commands.TryGetValue(command.Name, out var handler))
        {
            if (handler.LeavesFlow)
            {
                turn.Session = turn.Session.Leave();
            }

            handler.Handle(turn, command);
        }
        else
        {
            turn.Say(Texts.UnknownCommand);
        }
    }

    private void HandleButton(Turn turn, ButtonIn button, bool confirmed = false)
    {
        if (button.Data == TypedConfirmation.Stop)
        {
            turn.Say(Texts.ConfirmStopped);
            return;
        }

        if (!confirmed && button.Data.StartsWith(TypedConfirmation.Prefix + ":", StringComparison.Ordinal))
        {
            HandleButton(turn, button with { Data = button.Data[(TypedConfirmation.Prefix.Length + 1)..] }, confirmed: true);
            return;
        }

        var colon = button.Data.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? button.Data : button.Data[..colon];
        var active = ActiveFlow(turn);
        if (active is not null && active.Name == prefix)
        {
            active.Handle(turn);
        }
        else if (active is not null && flows.ContainsKey(prefix))
        {
            // A button of another conversation (an old message) must not end the one in progress.
            turn.Acknowledge(Texts.ButtonExpired);
            turn.Say(Texts.ButtonExpired);
        }
        else if (buttons.TryGetValue(prefix, out var handler))
        {
            if (confirmed || !TypedConfirmation.Ask(turn, button, handler))
            {
                handler.Handle(turn, button);
            }
        }
        else
        {
            turn.Acknowledge(Texts.ButtonExpired);
            turn.Say(Texts.ButtonExpired);
        }
    }
}
