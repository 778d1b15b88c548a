using Domain.Conversations;
using Domain.Members;
using Domain.Users;

namespace Domain.Reports;

/// <summary>
/// Who writes a unit's report: its coordinators and the members named to report for it; where a
/// unit has neither, any of its approved members (the round's notice went to them). Organizers see
/// every unit's report. Asked on every message, never taken from button data.
/// </summary>
public static class WardReportAccess
{
    public static bool CanReport(IReadModel store, BotSettings settings, UserKey user, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        if (store.Find<Member>(user.ToString()) is not { Status: MemberStatus.Approved } member
            || !string.Equals(member.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Access.RoleOf(store, settings, user) is Role.Coordinator or Role.Organizer || store.Find<ReportReporter>(ReportReporter.IdFor(unitCode, member.Id)) is not null)
        {
            return true;
        }

        return Reporters(store, settings, unitCode).Count == 0;
    }

    /// <summary>The unit's coordinators and named reporters (approved members of the unit).</summary>
    public static IReadOnlyList<Member> Reporters(IReadModel store, BotSettings settings, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(store);
        var coordinators = store.All<RoleGrant>().Where(g => g.Role == Role.Coordinator).Select(g => g.Id);
        var named = store.WithIdPrefix<ReportReporter>(unitCode.ToUpperInvariant() + "|").Select(r => r.Id[(r.Id.IndexOf('|', StringComparison.Ordinal) + 1)..]);
        return coordinators.Concat(named).Distinct(StringComparer.Ordinal)
            .Select(id => store.Find<Member>(id))
            .OfType<Member>()
            .Where(m => m.Status == MemberStatus.Approved && string.Equals(m.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>Who hears about a unit's report: its reporters, or without any, its approved members.</summary>
    public static IReadOnlyList<Member> Recipients(IReadModel store, BotSettings settings, string unitCode)
    {
        var reporters = Reporters(store, settings, unitCode);
        return reporters.Count > 0
            ? reporters
            : store.All<Member>().Where(m => m.Status == MemberStatus.Approved && string.Equals(m.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>A coordinator of the unit, or an organizer: who may name a member to report.</summary>
    public static bool CanName(Turn turn, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.IsOrganizer()
            || (Access.RoleOf(turn.Store, turn.Settings, turn.From) == Role.Coordinator
                && string.Equals(turn.MemberOf()?.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase));
    }
}
