using Domain.Conversations;
using Domain.Members;

namespace Domain.Campaigns;

/// <summary>
/// A person's part in campaigns, removed with them: their answers with every proof link and
/// screenshot reference, their place in recipient lists, and their name as a campaign's author.
/// The campaign's counts then simply no longer include them.
/// </summary>
public static class CampaignErasure
{
    public static void Erase(Turn turn, IReadOnlySet<string> keys)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var answer in turn.Store.All<CampaignAnswer>().Where(a => keys.Contains(a.MemberId)))
        {
            turn.Changes.Delete<CampaignAnswer>(answer.Id);
        }

        foreach (var campaign in turn.Store.All<Campaign>().Where(c => c.Recipients.Any(keys.Contains) || keys.Contains(c.CreatedBy)))
        {
            turn.Changes.Put(campaign with
            {
                Recipients = [.. campaign.Recipients.Where(r => !keys.Contains(r))],
                CreatedBy = keys.Contains(campaign.CreatedBy) ? PersonalDataEraser.Erased : campaign.CreatedBy,
            });
        }
    }
}
