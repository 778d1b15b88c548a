using System.Globalization;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Team;

/// <summary>
/// Builds the roster of the team: every approved member, by unit in the units file's order, then
/// by name as Vietnamese sorts it, with their role and the day they joined. Pending, rejected and
/// erased people are not in it (an erased person has no record left). No phone numbers: the list
/// goes with a public decision.
/// </summary>
public static class RosterReport
{
    public static Roster Build(IReadModel store, BotSettings settings, UnitCatalog units, Lang lang, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(units);
        var organizers = Access.Organizers(store, settings).Select(k => k.ToString()).ToHashSet(StringComparer.Ordinal);
        var grants = store.All<RoleGrant>().ToDictionary(g => g.Id, g => g.Role, StringComparer.Ordinal);
        var order = units.All.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var collation = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false);
        var rows = store.Scan<Member>()
            .Where(m => m.Status == MemberStatus.Approved)
            .Select(m => (Order: order.GetValueOrDefault(m.UnitCode, int.MaxValue), Row: new RosterRow(
                units.NameOf(m.UnitCode),
                m.FullName,
                m.Position,
                MemberTexts.RoleName(lang, organizers.Contains(m.Id) ? Role.Organizer : grants.GetValueOrDefault(m.Id, Role.Member)),
                JoinedOn(m, settings.TimeZone))))
            .OrderBy(x => x.Order)
            .ThenBy(x => x.Row.UnitName, collation)
            .ThenBy(x => x.Row.FullName, collation)
            .Select(x => x.Row)
            .ToList();
        var organization = settings.Organization;
        var team = organization.TeamName.For(lang);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, settings.TimeZone).DateTime);
        return new Roster(
            Texts.RosterTitle.For(lang, team, organization.FullName.For(lang)).ToPlain(),
            Texts.RosterSubtitle.For(lang, team, rows.Count, today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)).ToPlain(),
            rows);
    }

    /// <summary>
    /// The day of approval in the committee's time zone. Records approved before the approval time
    /// was kept for every approval (auto-approved ones had none) fall back to their registration day:
    /// such a member was approved on registering or later, so it is the nearest day known.
    /// </summary>
    public static DateOnly? JoinedOn(Member member, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(zone);
        var at = member.DecidedAt ?? (member.RegisteredAt == default ? null : member.RegisteredAt);
        return at is { } time ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, zone).DateTime) : null;
    }
}
