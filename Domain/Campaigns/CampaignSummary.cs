using System.Globalization;
using Domain.Members;

namespace Domain.Campaigns;

/// <summary>One member over a month: how many campaigns reached them and how many they did.</summary>
public sealed record MemberRate(string MemberId, string Name, string UnitName, int Received, int Done)
{
    public int RatePercent => Received == 0 ? 0 : (int)Math.Round(100.0 * Done / Received, MidpointRounding.AwayFromZero);
}

/// <summary>
/// A month of campaigns, the figure the committee reports upward: the campaigns sent that month
/// (by the committee's clock), each unit's answers summed over them, and every member's rate.
/// </summary>
public sealed record MonthlySummary(
    int Year,
    int Month,
    IReadOnlyList<Campaign> Campaigns,
    CampaignProgressReport Units,
    IReadOnlyList<MemberRate> Members)
{
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");

    public static MonthlySummary For(IReadModel store, UnitCatalog units, int year, int month, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(zone);
        var campaigns = InMonth(store, year, month, zone);
        var tallies = new List<CampaignTally>();
        var perMember = new Dictionary<string, (int Received, int Done)>(StringComparer.Ordinal);
        foreach (var campaign in campaigns)
        {
            tallies.AddRange(CampaignProgress.Of(store, units, campaign).Units);
            var answers = CampaignProgress.Answers(store, campaign);
            foreach (var id in campaign.Recipients)
            {
                var (received, done) = perMember.GetValueOrDefault(id);
                perMember[id] = (received + 1, done + (answers.GetValueOrDefault(id)?.Outcome == CampaignOutcome.Done ? 1 : 0));
            }
        }

        var byUnit = tallies.GroupBy(t => t.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Aggregate(new CampaignTally(g.Key, units.NameOf(g.Key), 0, 0, 0), (sum, t) => sum.Add(t)));
        var members = perMember
            .Select(p => (Id: p.Key, Counts: p.Value, Member: store.Find<Member>(p.Key)))
            .Where(p => p.Member is not null)
            .Select(p => new MemberRate(p.Id, p.Member!.FullName, units.NameOf(p.Member.UnitCode), p.Counts.Received, p.Counts.Done))
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
