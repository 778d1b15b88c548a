using System.Globalization;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Campaigns;

/// <summary>
/// /chiendich, for organizers only: the recent campaigns, a new one, a campaign's progress per unit
/// and in total, its proofs by unit, a reminder to those who have not answered, the export, and the
/// monthly summary. Every press checks the presser's role again and finds the campaign afresh.
/// </summary>
public sealed class CampaignBoard(UnitCatalog units, CampaignComposeFlow compose, CampaignExport export, CampaignSummaryReport summary) : ICommandHandler, IButtonHandler<BoardButton>
{
    public const int Listed = 10;

    public IReadOnlyList<string> Names { get; } = ["chiendich", "campaigns"];

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.RequireOrganizer())
        {
            List(turn);
        }
    }

    public void Handle(Turn turn, BoardButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (!turn.RequireOrganizer())
        {
            return;
        }

        var campaign = button.Value.Length > 0 ? turn.Store.Find<Campaign>(button.Value) : null;
        switch (button.Action)
        {
            case BoardAction.List:
                List(turn);
                break;
            case BoardAction.New:
                compose.Start(turn);
                break;
            case BoardAction.Progress when campaign is not null:
                Progress(turn, campaign);
                break;
            case BoardAction.Proofs when campaign is not null:
                CampaignProofs.Show(turn, units, campaign);
                break;
            case BoardAction.Remind when campaign is not null:
                CampaignReminders.RemindNow(turn, campaign);
                break;
            case BoardAction.Export when campaign is not null:
                export.Export(turn, campaign);
                break;
            case BoardAction.Summary:
                Summary(turn, button.Value);
                break;
            default:
                ButtonRoute.Expired(turn);
                break;
        }
    }

    private static void List(Turn turn)
    {
        var lang = turn.Lang;
        var campaigns = turn.Store.All<Campaign>().OrderByDescending(c => c.CreatedAt).Take(Listed).ToList();
        var rows = campaigns
            .Select(c => (Button[])[new BoardButton(BoardAction.Progress, c.Id).As(Label(turn, c))])
            .Append([new BoardButton(BoardAction.New).As(Texts.CampaignNew.Plain(lang)), new BoardButton(BoardAction.Summary).As(Texts.CampaignSummaryButton.Plain(lang))]);
        turn.Reply(new TextOut((campaigns.Count == 0 ? Texts.CampaignNone : Texts.CampaignList).For(lang)).WithButtons([.. rows]));
    }

    private static string Label(Turn turn, Campaign campaign)
    {
        var state = campaign.IsOpen(turn.Now) ? "🟢" : "⚪";
        var title = campaign.Title.Length > 40 ? campaign.Title[..39] + "…" : campaign.Title;
        return string.Create(CultureInfo.InvariantCulture, $"{state} {title}");
    }

    private void Progress(Turn turn, Campaign campaign)
    {
        var lang = turn.Lang;
        var report = CampaignProgress.Of(turn.Store, units, campaign);
        var zone = turn.Settings.TimeZone;
        var lines = new List<Html>
        {
            Texts.CampaignProgressHeading.For(lang, campaign.Title, MeetingFormat.When(campaign.Deadline, zone, lang), campaign.AudienceText),
        };
        lines.AddRange(report.Units.Select(u => Texts.CampaignProgressUnit.For(lang, u.Name, u.Done, u.CouldNot, u.NoAnswer)));
        var total = report.Total;
        lines.Add(Texts.CampaignProgressTotal.For(lang, total.Done, total.CouldNot, total.NoAnswer, total.Recipients, total.RatePercent));
        if (!campaign.IsOpen(turn.Now))
        {
            lines.Add(Texts.CampaignEnded.For(lang));
        }

        var rows = new List<Button[]> { new[] { new BoardButton(BoardAction.Proofs, campaign.Id).As(Texts.CampaignProofsButton.Plain(lang)), new BoardButton(BoardAction.Export, campaign.Id).As(Texts.CampaignExportButton.Plain(lang)) } };
        if (campaign.IsOpen(turn.Now) && total.NoAnswer > 0)
        {
            rows.Add([new BoardButton(BoardAction.Remind, campaign.Id).As(Texts.CampaignRemindButton.For(lang, total.NoAnswer).ToPlain())]);
        }

        rows.Add([new BoardButton(BoardAction.List).As(Texts.CampaignBackToList.Plain(lang))]);
        turn.Reply(new TextOut(Html.Join("\n", lines)).WithButtons([.. rows]));
    }

    private void Summary(Turn turn, string month)
    {
        var local = TimeZoneInfo.ConvertTime(turn.Now, turn.Settings.TimeZone);
        var (year, number) = (local.Year, local.Month);
        if (month.Length > 0)
        {
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                ButtonRoute.Expired(turn);
                return;
            }

            (year, number) = (day.Year, day.Month);
        }

        var result = summary.Of(turn.Store, year, number, turn.Settings.TimeZone);
        foreach (var message in summary.Messages(result, turn.Lang))
        {
            turn.Reply(message);
        }

        var previous = new DateOnly(year, number, 1).AddMonths(-1);
        turn.Reply(new TextOut(Texts.CampaignSummaryMore.For(turn.Lang)).WithButtons(
            [new BoardButton(BoardAction.Summary, previous.ToString("yyyy-MM", CultureInfo.InvariantCulture)).As(Texts.CampaignSummaryPrevious.Plain(turn.Lang)), new BoardButton(BoardAction.List).As(Texts.CampaignBackToList.Plain(turn.Lang))]));
        turn.Audit("campaign.summary", result.Key);
    }
}
