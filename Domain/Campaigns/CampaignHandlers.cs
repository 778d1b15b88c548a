using Domain.Conversations;
using Domain.Members;

namespace Domain.Campaigns;

/// <summary>The handlers of campaigns, wired together for <see cref="CoreHandlers"/>.</summary>
public static class CampaignHandlers
{
    public static RouterBuilder Register(RouterBuilder builder, UnitCatalog units, ICampaignFiles files)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var compose = new CampaignComposeFlow(units, new CampaignComposeActions(units));
        var summary = new CampaignSummaryReport(units, files);
        var answer = new CampaignAnswerFlow();
        var board = new CampaignBoard(units, compose, new CampaignExport(units, files), summary);
        return builder
            .Flow(compose).FlowButtons(compose)
            .Flow(answer).Buttons(answer)
            .Command(board).Buttons(board)
            .Signal(new CampaignSchedule(summary));
    }
}
