namespace Domain.Conversations;

/// <summary>Answers one slash command (and its aliases).</summary>
public interface ICommandHandler
{
    IReadOnlyList<string> Names { get; }

    /// <summary>
    /// Whether the command ends the conversation in progress first. A new command is a new intent,
    /// so most do; /help and /lang can be asked in the middle of one and leave it as it is.
    /// </summary>
    bool LeavesFlow => true;

    void Handle(Turn turn, CommandIn command);
}

/// <summary>
/// A multi-step conversation. While a session is in the flow, every text, contact and unsupported
/// message goes to it; its buttons go to the handler of its button family (same name as the flow).
/// </summary>
public interface IFlow
{
    string Name { get; }

    /// <summary>Whether a command in the middle sets the conversation aside (<see cref="Session.Park"/>) instead of dropping it.</summary>
    bool KeepsDraftWhenLeft => false;

    /// <summary>Whether the conversation waits before its first question: a button of another one then leaves it instead of being refused.</summary>
    bool GivesWay(Session session) => false;

    void Handle(Turn turn);
}

/// <summary>Applies a signal (see <see cref="SignalIn"/>) to its user.</summary>
public interface ISignalHandler
{
    string Name { get; }

    void Handle(Turn turn, SignalIn signal);
}
