using Domain.Members;

namespace Domain.Campaigns;

/// <summary>The handlers of campaigns, wired together for <see cref="Conversations.CoreHandlers"/>.</summary>
public static class CampaignHandlers
{
    public static IEnumerable<object> Create(UnitCatalog units, ICampaignFiles files)
    {
        var compose = new CampaignComposeFlow(units, new CampaignComposeActions(units));
        var summary = new CampaignSummaryReport(units, files);
        return
        [
            compose,
            new CampaignAnswerFlow(),
            new CampaignBoard(units, compose, new CampaignExport(units, files), summary),
            new CampaignSchedule(summary),
        ];
    }
}
