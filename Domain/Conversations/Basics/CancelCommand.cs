namespace Domain.Conversations.Basics;

public sealed class CancelCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["huy", "cancel"];

    // Cancelling must know what it cancels.
    public bool LeavesFlow => false;

    public void Handle(Turn turn, CommandIn command) => Router.Cancel(turn);
}
