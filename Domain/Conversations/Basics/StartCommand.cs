using Domain.Text;

namespace Domain.Conversations.Basics;

public sealed class StartCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["start"];

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Session = turn.Session.Leave();
        turn.Say(Texts.Welcome, Texts.BotName.For(turn.Lang));
    }
}
