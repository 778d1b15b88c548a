using System.Globalization;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Campaigns;

/// <summary>A campaign's answers as XLSX and CSV, for organizers: unit, name, answer, proof links, photos, reason, time.</summary>
public sealed class CampaignExport(UnitCatalog units, ICampaignFiles files)
{
    public IReadOnlyList<CampaignAnswerRow> Rows(IReadModel store, Campaign campaign, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(campaign);
        var answers = CampaignProgress.Answers(store, campaign);
        var order = units.All.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        // Once retention has forgotten the recipients, those who answered are still listed.
        return campaign.Recipients.Union(answers.Keys, StringComparer.Ordinal)
            .Select(id => (Id: id, Member: store.Find<Member>(id), Answer: answers.GetValueOrDefault(id)))
            .Where(r => r.Member is not null)
            .OrderBy(r => order.GetValueOrDefault(r.Member!.UnitCode, int.MaxValue))
            .ThenBy(r => r.Member!.UnitCode, StringComparer.Ordinal)
            .ThenBy(r => r.Member!.FullName, StringComparer.Ordinal)
            .Select(r => new CampaignAnswerRow(
                units.NameOf(r.Member!.UnitCode),
                r.Member.FullName,
                OutcomeName(lang, r.Answer?.Outcome),
                r.Answer?.Links ?? [],
                r.Answer?.Photos ?? [],
                r.Answer?.Reason,
                r.Answer?.AnsweredAt))
            .ToList();
    }

    public void Export(Turn turn, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(campaign);
        var rows = Rows(turn.Store, campaign, turn.Lang);
        var stem = FileStem(campaign, turn.Settings.TimeZone);
        turn.Reply(new DocumentOut($"{stem}.xlsx", files.AnswersXlsx(campaign, rows), Texts.CampaignExportCaption.For(turn.Lang, campaign.Title)));
        turn.Reply(new DocumentOut($"{stem}.csv", files.AnswersCsv(campaign, rows)));
        turn.Audit("campaign.exported", campaign.Id, rows.Count.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The campaign's title made a file name, with the day it was sent to tell apart campaigns of one title.</summary>
    public static string FileStem(Campaign campaign, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var title = Events.FileNames.Slug(campaign.Title, "chien-dich");
        title = title.Length <= 60 ? title : title[..60].TrimEnd('-');
        var day = TimeZoneInfo.ConvertTime(campaign.CreatedAt, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{title}-{day}";
    }

    public static string OutcomeName(Lang lang, CampaignOutcome? outcome) => (outcome switch
    {
        CampaignOutcome.Done => Texts.CampaignOutcomeDone,
        CampaignOutcome.CouldNot => Texts.CampaignOutcomeCouldNot,
        _ => Texts.CampaignOutcomeNone,
    }).Plain(lang);
}
