using Domain.Conversations;
using Domain.Members;

namespace Domain.Campaigns;

/// <summary>
/// A person's part in campaigns, removed with them: their answers with every proof link and
/// screenshot reference, their place in recipient lists, their name as a campaign's author, and
/// their name and number in a campaign's title and text (shown as "(đã xóa)").
/// The campaign's counts then simply no longer include them.
/// </summary>
public static class CampaignErasure
{
    /// <param name="redact">Takes their name and number out of a campaign's title and text (see <see cref="Notices.NoticeErasure"/>).</param>
    public static void Erase(Turn turn, IReadOnlySet<string> keys, Func<string, string>? redact = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var answer in turn.Store.All<CampaignAnswer>().Where(a => keys.Contains(a.MemberId)))
        {
            turn.Changes.Delete<CampaignAnswer>(answer.Id);
        }

        foreach (var campaign in turn.Store.All<Campaign>())
        {
            var (title, text) = (redact?.Invoke(campaign.Title) ?? campaign.Title, redact?.Invoke(campaign.Text) ?? campaign.Text);
            if (campaign.Recipients.Any(keys.Contains) || keys.Contains(campaign.CreatedBy) || title != campaign.Title || text != campaign.Text)
            {
                turn.Changes.Put(campaign with
                {
                    Title = title,
                    Text = text,
                    Recipients = [.. campaign.Recipients.Where(r => !keys.Contains(r))],
                    CreatedBy = keys.Contains(campaign.CreatedBy) ? PersonalDataEraser.Erased : campaign.CreatedBy,
                });
            }
        }
    }
}
