using System.Globalization;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Text;
using Domain.Users;

namespace Domain.Campaigns;

/// <summary>
/// Reminders to the members a campaign went to who have not answered: one press by an organizer
/// (a broadcast, paced, listed in /lichsu), and once automatically before the deadline.
/// </summary>
public static class CampaignReminders
{
    /// <summary>
    /// When the automatic reminder is due: <see cref="ReminderTimes.BeforeDeadline"/> before the
    /// deadline, but never in the first half of a short campaign, so nobody gets the campaign and
    /// its reminder together.
    /// </summary>
    public static DateTimeOffset DueAt(Campaign campaign, ReminderTimes times)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(times);
        var usual = campaign.Deadline - times.BeforeDeadline;
        var half = campaign.CreatedAt + ((campaign.Deadline - campaign.CreatedAt) / 2);
        return usual > half ? usual : half;
    }

    public static IReadOnlyList<string> Unanswered(IReadModel store, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(campaign);
        var answers = CampaignProgress.Answers(store, campaign);
        return campaign.Recipients
            .Where(id => !answers.ContainsKey(id) && store.Find<Member>(id) is { Status: MemberStatus.Approved })
            .ToList();
    }

    /// <summary>The organizer's one press: a reminder to everyone without an answer, sent as a broadcast.</summary>
    public static void RemindNow(Turn turn, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(campaign);
        if (!campaign.IsOpen(turn.Now))
        {
            turn.Say(Texts.CampaignEnded);
            return;
        }

        var recipients = Unanswered(turn.Store, campaign);
        if (recipients.Count == 0)
        {
            turn.Say(Texts.CampaignRemindNothing);
            return;
        }

        var local = TimeZoneInfo.ConvertTime(turn.Now, turn.Settings.TimeZone);
        var id = string.Create(CultureInfo.InvariantCulture, $"nh{local:yyMMdd-HHmmss}-{turn.From.Channel[0]}{turn.From.Id}");
        if (turn.Store.Find<Notice>(id) is not null)
        {
            turn.Say(Texts.CampaignTryAgain);
            return;
        }

        var notice = new Notice
        {
            Id = id,
            Text = CampaignMessage.Reminder(campaign, turn.Settings.DefaultLanguage, turn.Settings.TimeZone).Text.Value,
            Audience = Texts.CampaignRemindAudience.For(turn.Settings.DefaultLanguage, campaign.Title).ToPlain(),
            Recipients = recipients,
            CreatedBy = turn.From.ToString(),
            CreatedAt = turn.Now,
        };
        turn.Changes.Put(notice);
        foreach (var member in recipients)
        {
            var user = UserKey.Parse(member);
            var lang = MemberTexts.LangOf(turn.Store, user, turn.Settings.DefaultLanguage);
            turn.Changes.Send(user, CampaignMessage.Reminder(campaign, lang, turn.Settings.TimeZone), Priority.Bulk, notice.Tag);
        }

        turn.Changes.Send(turn.From, new TextOut(BroadcastActions.Progress(turn.Lang, notice, turn.Settings.TimeZone, 0, recipients.Count, 0)), Priority.Interactive, Notice.ProgressTagFor(notice.Id));
        turn.Audit("campaign.reminded", campaign.Id, recipients.Count.ToString(CultureInfo.InvariantCulture));
        turn.Say(Texts.CampaignRemindSent, recipients.Count);
    }

    /// <summary>The automatic reminder's run: to everyone without an answer, recorded so it never goes twice.</summary>
    public static int RemindScheduled(Turn turn, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(campaign);
        var recipients = campaign.IsOpen(turn.Now) ? Unanswered(turn.Store, campaign) : [];
        foreach (var member in recipients)
        {
            var user = UserKey.Parse(member);
            var lang = MemberTexts.LangOf(turn.Store, user, turn.Settings.DefaultLanguage);
            turn.Changes.Send(user, CampaignMessage.Reminder(campaign, lang, turn.Settings.TimeZone), Priority.Bulk);
        }

        return recipients.Count;
    }
}
