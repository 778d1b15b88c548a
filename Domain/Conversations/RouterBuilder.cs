namespace Domain.Conversations;

/// <summary>
/// Registers each handler by what it handles, so the compiler checks that it plays the role:
/// a new flow is its classes plus one line here per role.
/// </summary>
public sealed class RouterBuilder
{
    private readonly Dictionary<string, ICommandHandler> commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ButtonRoute> buttons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IFlow> flows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ISignalHandler> signals = new(StringComparer.Ordinal);

    /// <summary>A slash command under each of its names.</summary>
    public RouterBuilder Command(ICommandHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        foreach (var name in handler.Names)
        {
            commands.Add(name, handler);
        }

        return this;
    }

    /// <summary>A button family whose presses work at any time (and while its own flow is in progress).</summary>
    public RouterBuilder Buttons<TButton>(IButtonHandler<TButton> handler)
        where TButton : class, IButton<TButton> => Add(new ButtonRoute<TButton>(handler ?? throw new ArgumentNullException(nameof(handler)), onlyInFlow: false, organizersOnly: false));

    /// <summary>
    /// A button family only organizers may press: every press is checked (and a member told so)
    /// before it is even decoded, so no handler can forget the check.
    /// </summary>
    public RouterBuilder OrganizerButtons<TButton>(IButtonHandler<TButton> handler)
        where TButton : class, IButton<TButton> => Add(new ButtonRoute<TButton>(handler ?? throw new ArgumentNullException(nameof(handler)), onlyInFlow: false, organizersOnly: true));

    /// <summary>A button family that belongs to a conversation: outside it, its presses are expired.</summary>
    public RouterBuilder FlowButtons<TButton>(IButtonHandler<TButton> handler)
        where TButton : class, IButton<TButton> => Add(new ButtonRoute<TButton>(handler ?? throw new ArgumentNullException(nameof(handler)), onlyInFlow: true, organizersOnly: false));

    /// <summary>A multi-step conversation, which gets every text while a session is in it.</summary>
    public RouterBuilder Flow(IFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flows.Add(flow.Name, flow);
        return this;
    }

    public RouterBuilder Signal(ISignalHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        signals.Add(handler.Name, handler);
        return this;
    }

    public Router Build()
    {
        foreach (var route in buttons.Values.Where(r => r.OnlyInFlow && !flows.ContainsKey(r.Flow)))
        {
            throw new InvalidOperationException($"The buttons of '{route.Flow}' belong to a flow that is not registered.");
        }

        return new Router(commands, buttons, flows, signals);
    }

    private RouterBuilder Add(ButtonRoute route)
    {
        buttons.Add(route.Flow, route);
        return this;
    }
}
