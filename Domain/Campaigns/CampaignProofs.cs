using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Campaigns;

/// <summary>
/// The proofs of a campaign by unit: each member who did it, with their links and how many
/// screenshots; those who could not, with their reason. Photos themselves are in the export by
/// their file reference.
/// </summary>
public static class CampaignProofs
{
    public static void Show(Turn turn, UnitCatalog units, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(campaign);
        var lang = turn.Lang;
        var answers = CampaignProgress.Answers(turn.Store, campaign);
        var order = units.All.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var byUnit = answers.Values
            .Select(a => (Answer: a, Member: turn.Store.Find<Member>(a.MemberId)))
            .Where(x => x.Member is not null)
            .GroupBy(x => x.Member!.UnitCode, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue));
        var lines = new List<Html> { Texts.CampaignProofsHeading.For(lang, campaign.Title) };
        foreach (var unit in byUnit)
        {
            lines.Add(Texts.CampaignProofsUnit.For(lang, units.NameOf(unit.Key)));
            foreach (var (answer, member) in unit.OrderBy(x => x.Member!.FullName, StringComparer.Ordinal))
            {
                lines.Add(answer.Outcome == CampaignOutcome.Done
                    ? Texts.CampaignProofLine.For(lang, member!.FullName, string.Join(" ", answer.Links), answer.Photos.Count)
                    : Texts.CampaignCouldNotLine.For(lang, member!.FullName, answer.Reason ?? "—"));
            }
        }

        if (answers.Count == 0)
        {
            lines.Add(Texts.CampaignNoProofs.For(lang));
        }

        turn.Reply(new TextOut(Html.Join("\n", lines)).WithButtons([new BoardButton(BoardAction.Progress, campaign.Id).As(Texts.CampaignBackToProgress.Plain(lang))]));
    }
}
