using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.ContentReports;

/// <summary>Who may send reports and who may see them: asked on every message and every press.</summary>
public static class ReportAccess
{
    /// <summary>Approved members send reports; so do organizers, who may have no profile (configured ids).</summary>
    public static bool MayReport(IReadModel store, BotSettings settings, UserKey person) =>
        store.Find<Member>(person.ToString()) is { Status: MemberStatus.Approved }
        || Access.RoleOf(store, settings, person) == Role.Organizer;

    /// <summary>Says who may send reports and answers false when the sender may not.</summary>
    public static bool RequireReporter(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (MayReport(turn.Store, turn.Settings, turn.From))
        {
            return true;
        }

        turn.Acknowledge(Texts.ReportMembersOnly);
        turn.Say(Texts.ReportMembersOnly);
        return false;
    }
}
