using Domain.Conversations;
using Domain.Events;
using Domain.Text;

namespace Domain.Campaigns;

/// <summary>The campaign as a member sees it, with its two answer buttons; and its reminder.</summary>
public static class CampaignMessage
{
    public static TextOut For(Campaign campaign, Lang lang, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var lines = new List<Html> { Texts.CampaignHeading.For(lang, campaign.Title) };
        if (campaign.Text.Length > 0)
        {
            lines.Add(new Html(campaign.Text));
        }

        if (campaign.Link is { } link)
        {
            lines.Add(Texts.CampaignLinkLine.For(lang, link));
        }

        lines.Add(Texts.CampaignActionLine.For(lang, new Html(campaign.Action)));
        lines.Add(Texts.CampaignDeadlineLine.For(lang, MeetingFormat.When(campaign.Deadline, zone, lang)));
        lines.Add((campaign.ProofRequired ? Texts.CampaignProofRequired : Texts.CampaignProofOptional).For(lang));
        return new TextOut(Html.Join("\n", lines)).WithButtons(Buttons(campaign.Id, lang));
    }

    public static TextOut Reminder(Campaign campaign, Lang lang, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return new TextOut(Texts.CampaignReminder.For(lang, campaign.Title, MeetingFormat.When(campaign.Deadline, zone, lang)))
            .WithButtons(Buttons(campaign.Id, lang));
    }

    public static MediaOut? Picture(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return campaign.PictureId is { } id ? new MediaOut(MediaKind.Photo, id, null) : null;
    }

    private static Button[] Buttons(string campaignId, Lang lang) =>
    [
        new AnswerButton(AnswerAction.Done, campaignId).As(Texts.CampaignDoneButton.Plain(lang)),
        new AnswerButton(AnswerAction.CouldNot, campaignId).As(Texts.CampaignCouldNotButton.Plain(lang)),
    ];
}
