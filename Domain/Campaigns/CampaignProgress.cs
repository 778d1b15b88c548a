using Domain.Members;

namespace Domain.Campaigns;

/// <summary>One unit's (or the total's) answers: done, could not, no answer yet.</summary>
public sealed record CampaignTally(string Code, string Name, int Done, int CouldNot, int NoAnswer)
{
    public int Recipients => Done + CouldNot + NoAnswer;

    /// <summary>Done out of all who received it, in whole percent; 0 when nobody did.</summary>
    public int RatePercent => Recipients == 0 ? 0 : (int)Math.Round(100.0 * Done / Recipients, MidpointRounding.AwayFromZero);

    public CampaignTally Add(CampaignTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with { Done = Done + other.Done, CouldNot = CouldNot + other.CouldNot, NoAnswer = NoAnswer + other.NoAnswer };
    }
}

/// <summary>Where a campaign stands: per unit in the catalogue's order, then in total.</summary>
public sealed record CampaignProgressReport(IReadOnlyList<CampaignTally> Units, CampaignTally Total);

/// <summary>
/// The arithmetic of a campaign: every recipient counts once, in the unit they belong to now, by
/// their answer (done, could not) or as no answer. Answers of people who were not sent the
/// campaign cannot exist (the answer buttons check it) and would not count. Once retention has
/// forgotten the recipients, the counts kept at that moment are the campaign's counts.
/// </summary>
public static class CampaignProgress
{
    public const string TotalCode = "*";

    public static IReadOnlyDictionary<string, CampaignAnswer> Answers(IReadModel store, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(campaign);
        return store.WithIdPrefix<CampaignAnswer>(campaign.Id + "|")
            .Where(a => a.CampaignId == campaign.Id)
            .ToDictionary(a => a.MemberId, StringComparer.Ordinal);
    }

    public static CampaignProgressReport Of(IReadModel store, UnitCatalog units, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(campaign);
        var rows = campaign.FormerTallies ?? Count(store, campaign);
        return Ordered(units, rows.Select(t => t with { Name = units.NameOf(t.Code) }));
    }

    /// <summary>The answers per unit code, counted from the recipient list (names left empty).</summary>
    public static IReadOnlyList<CampaignTally> Count(IReadModel store, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(campaign);
        var answers = Answers(store, campaign);
        return campaign.Recipients
            .Select(id => (Unit: store.Find<Member>(id)?.UnitCode ?? string.Empty, Outcome: answers.GetValueOrDefault(id)?.Outcome))
            .GroupBy(r => r.Unit, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CampaignTally(
                g.Key,
                string.Empty,
                g.Count(r => r.Outcome == CampaignOutcome.Done),
                g.Count(r => r.Outcome == CampaignOutcome.CouldNot),
                g.Count(r => r.Outcome is null)))
            .ToList();
    }

    /// <summary>Units in the catalogue's order (unknown codes after), and their sum.</summary>
    public static CampaignProgressReport Ordered(UnitCatalog units, IEnumerable<CampaignTally> rows)
    {
        ArgumentNullException.ThrowIfNull(units);
        var order = units.All.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var list = rows.OrderBy(r => order.GetValueOrDefault(r.Code, int.MaxValue)).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var total = list.Aggregate(new CampaignTally(TotalCode, string.Empty, 0, 0, 0), (sum, row) => sum.Add(row));
        return new CampaignProgressReport(list, total);
    }
}
