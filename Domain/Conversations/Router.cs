using Domain.Text;

namespace Domain.Conversations;

/// <summary>
/// Sends each inbound event to the one handler that owns it. Holds no state: everything a turn
/// needs is in the <see cref="Turn"/>.
/// </summary>
public sealed class Router
{
    private readonly IReadOnlyDictionary<string, ICommandHandler> commands;
    private readonly IReadOnlyDictionary<string, ButtonRoute> buttons;
    private readonly IReadOnlyDictionary<string, IFlow> flows;
    private readonly IReadOnlyDictionary<string, ISignalHandler> signals;

    internal Router(
        IReadOnlyDictionary<string, ICommandHandler> commands,
        IReadOnlyDictionary<string, ButtonRoute> buttons,
        IReadOnlyDictionary<string, IFlow> flows,
        IReadOnlyDictionary<string, ISignalHandler> signals)
    {
        this.commands = commands;
        this.buttons = buttons;
        this.flows = flows;
        this.signals = signals;
    }

    /// <summary>Every command name with a handler, for the check against the command menu.</summary>
    public IReadOnlyCollection<string> CommandNames => commands.Keys.ToList();

    /// <summary>The flow name of every registered button family, for the checks of their codecs.</summary>
    public IReadOnlyCollection<string> ButtonFlows => buttons.Keys.ToList();

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
                else if (turn.Input.Event is UnsupportedIn or MediaIn)
                {
                    turn.Say(Texts.OnlyText);
                }
                else
                {
                    UnreadText.Answer(turn);
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
                turn.Session = ActiveFlow(turn) is { KeepsDraftWhenLeft: true } ? turn.Session.Park() : turn.Session.Leave();
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

        ButtonData.TrySplit(button.Data, out var flow, out var parts);
        var active = ActiveFlow(turn);
        if (active is not null && active.Name != flow && active.GivesWay(turn.Session))
        {
            turn.Session = turn.Session.Leave();
            active = null;
        }

        if (active is not null && active.Name == flow && buttons.TryGetValue(flow, out var own))
        {
            // A conversation's own buttons are part of it: no typed confirmation in between.
            own.Handle(turn, button, parts, mayConfirm: false);
        }
        else if (active is not null && flows.ContainsKey(flow))
        {
            // A button of another conversation (an old message) must not end the one in progress.
            ButtonRoute.Expired(turn);
        }
        else if (buttons.TryGetValue(flow, out var route) && !route.OnlyInFlow)
        {
            route.Handle(turn, button, parts, mayConfirm: !confirmed);
        }
        else
        {
            ButtonRoute.Expired(turn);
        }
    }
}
