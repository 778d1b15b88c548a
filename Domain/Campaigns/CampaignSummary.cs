using System.Globalization;
using Domain.Members;

namespace Domain.Campaigns;

/// <summary>One member over a month: how many campaigns reached them, how many they did, could not do, left unanswered.</summary>
public sealed record MemberRate(string MemberId, string Name, string UnitName, int Received, int Done, int CouldNot)
{
    public int NoAnswer => Received - Done - CouldNot;

    public int RatePercent => Received == 0 ? 0 : (int)Math.Round(100.0 * Done / Received, MidpointRounding.AwayFromZero);
}

/// <summary>
/// A month of campaigns, the figure the committee reports upward: the campaigns sent that month
/// (by the committee's clock), each unit's answers summed over them, and every member's rate.
/// Campaigns whose recipient list retention has forgotten count in the units' figures (their kept
/// counts) but not in the members' (<see cref="CampaignsWithoutMembers"/> says how many).
/// </summary>
public sealed record MonthlySummary(
    int Year,
    int Month,
    IReadOnlyList<Campaign> Campaigns,
    CampaignProgressReport Units,
    IReadOnlyList<MemberRate> Members)
{
    /// <summary>How many of the month's campaigns have no recipient list left, so count in no member's row.</summary>
    public int CampaignsWithoutMembers => Campaigns.Count(c => c.RecipientsForgotten);

    /// <summary>The members in the units' order (the catalogue's), then by name: the full table's order.</summary>
    public IReadOnlyList<MemberRate> MembersByUnit()
    {
        var order = Units.Units.Select((u, i) => (u.Name, i)).DistinctBy(x => x.Name, StringComparer.Ordinal).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        return Members.OrderBy(m => order.GetValueOrDefault(m.UnitName, int.MaxValue)).ThenBy(m => m.UnitName, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.MemberId, StringComparer.Ordinal).ToList();
    }

    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");

    public static MonthlySummary For(IReadModel store, UnitCatalog units, int year, int month, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(zone);
        var campaigns = InMonth(store, year, month, zone);
        var tallies = new List<CampaignTally>();
        var perMember = new Dictionary<string, (int Received, int Done, int CouldNot)>(StringComparer.Ordinal);
        foreach (var campaign in campaigns)
        {
            tallies.AddRange(CampaignProgress.Of(store, units, campaign).Units);
            var answers = CampaignProgress.Answers(store, campaign);
            foreach (var id in campaign.Recipients)
            {
                var (received, done, couldNot) = perMember.GetValueOrDefault(id);
                var outcome = answers.GetValueOrDefault(id)?.Outcome;
                perMember[id] = (received + 1, done + (outcome == CampaignOutcome.Done ? 1 : 0), couldNot + (outcome == CampaignOutcome.CouldNot ? 1 : 0));
            }
        }

        var byUnit = tallies.GroupBy(t => t.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Aggregate(new CampaignTally(g.Key, units.NameOf(g.Key), 0, 0, 0), (sum, t) => sum.Add(t)));
        var members = perMember
            .Select(p => (Id: p.Key, Counts: p.Value, Member: store.Find<Member>(p.Key)))
            .Where(p => p.Member is not null)
            .Select(p => new MemberRate(p.Id, p.Member!.FullName, units.NameOf(p.Member.UnitCode), p.Counts.Received, p.Counts.Done, p.Counts.CouldNot))
            .OrderByDescending(m => m.RatePercent).ThenByDescending(m => m.Done).ThenBy(m => m.UnitName, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        return new MonthlySummary(year, month, campaigns, CampaignProgress.Ordered(units, byUnit), members);
    }

    /// <summary>The campaigns created in that month by the committee's clock, oldest first.</summary>
    public static IReadOnlyList<Campaign> InMonth(IReadModel store, int year, int month, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(zone);
        return store.All<Campaign>()
            .Where(c => TimeZoneInfo.ConvertTime(c.CreatedAt, zone) is var local && local.Year == year && local.Month == month)
            .OrderBy(c => c.CreatedAt)
            .ToList();
    }
}
