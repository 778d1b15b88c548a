using Domain.Conversations;
using Domain.Text;

namespace Domain.Members;

/// <summary>/choduyet: organizers see every registration still waiting, each with its buttons.</summary>
public sealed class PendingCommand(ApprovalRequests approvals) : ICommandHandler
{
    public const int MaxCards = 30;

    public IReadOnlyList<string> Names { get; } = ["choduyet", "pending"];

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.RequireOrganizer())
        {
            return;
        }

        var pending = turn.Store.All<Member>()
            .Where(m => m.Status == MemberStatus.Pending)
            .OrderBy(m => m.RegisteredAt)
            .ToList();
        if (pending.Count == 0)
        {
            turn.Say(Texts.NoPending);
            return;
        }

        turn.Say(Texts.PendingHeader, pending.Count);
        foreach (var member in pending.Take(MaxCards))
        {
            turn.Reply(approvals.Card(member, turn.Lang));
        }
    }
}
