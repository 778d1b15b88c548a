namespace Domain.Conversations.Basics;

public sealed class CancelCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["huy", "cancel"];

    public void Handle(Turn turn, CommandIn command) => Router.Cancel(turn);
}
