using System.Globalization;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Text;
using Domain.Users;

namespace Domain.Reports;

/// <summary>
/// The round's messages to the units: the opening notice and the reminders, each with the
/// "📝 Gửi báo cáo" button, sent as a broadcast (<see cref="Notice"/>): paced, resumable, counted,
/// listed in /lichsu and stoppable like any notice.
/// </summary>
public sealed class ReportNotices(UnitCatalog units)
{
    /// <summary>Sends the message to the reporters of each unit (or its approved members); returns the people reached.</summary>
    public IReadOnlyList<Member> Send(Turn turn, ReportingRound round, IEnumerable<string> unitCodes, bool reminder, bool toAuthor = true)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(round);
        var recipients = unitCodes.SelectMany(code => WardReportAccess.Recipients(turn.Store, turn.Settings, code))
            .DistinctBy(m => m.Id).ToList();
        if (recipients.Count == 0)
        {
            return recipients;
        }

        var meeting = turn.Store.Find<Meeting>(round.MeetingId);
        // The scheduler's reminder goes like the meeting's reminders, untagged: a notice would report back to nobody.
        var notice = toAuthor ? Record(turn, round, meeting, recipients, reminder) : null;
        foreach (var member in recipients)
        {
            var user = UserKey.Parse(member.Id);
            var lang = MemberTexts.LangOf(turn.Store, user, turn.Settings.DefaultLanguage);
            var text = Text(turn, round, meeting, units.NameOf(member.UnitCode), lang, reminder);
            turn.Changes.Send(user, new TextOut(text).WithButtons([new Button(Texts.ReportButton.Plain(lang), new ReportStart(round.Id).Encode())]), Priority.Bulk, notice?.Tag);
        }

        if (notice is not null)
        {
            turn.Changes.Put(notice);
            turn.Changes.Send(turn.From, new TextOut(BroadcastActions.Progress(turn.Lang, notice, turn.Settings.TimeZone, 0, recipients.Count, 0)), Priority.Interactive, Notice.ProgressTagFor(notice.Id));
        }

        return recipients;
    }

    private Html Text(Turn turn, ReportingRound round, Meeting? meeting, string unitName, Lang lang, bool reminder)
    {
        var deadline = MeetingFormat.When(round.Deadline, turn.Settings.TimeZone, lang);
        var title = meeting?.Title ?? round.MeetingId;
        // The reminder names the round as its lists do, with its period: a meeting may have more than one.
        return reminder
            ? Texts.ReportReminder.For(lang, unitName, RoundNames.Label(turn.Store, round, turn.Settings.TimeZone, lang), deadline)
            : Texts.ReportRoundNotice.For(lang, turn.Settings.Organization.InvitationHeading.For(lang), unitName, round.FromYear, round.ToYear, title, deadline);
    }

    private Notice Record(Turn turn, ReportingRound round, Meeting? meeting, List<Member> recipients, bool reminder)
    {
        var codes = recipients.Select(m => m.UnitCode).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var lang = turn.Settings.DefaultLanguage;
        var local = TimeZoneInfo.ConvertTime(turn.Now, turn.Settings.TimeZone);
        var id = string.Create(CultureInfo.InvariantCulture, $"rp{local:yyMMdd-HHmmss}-{(reminder ? 'n' : 'm')}{turn.From.Id}");
        for (var i = 2; turn.Store.Find<Notice>(id) is not null; i++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{id.Split('~')[0]}~{i}");
        }

        return new Notice
        {
            Id = id,
            Text = Text(turn, round, meeting, string.Join(", ", codes.Select(units.NameOf)), lang, reminder).Value,
            Audience = Audience.Describe(turn.Store, units, $"units:{string.Join(',', codes)}", lang),
            Title = (reminder ? Texts.RoundReminderTitle : Texts.RoundNoticeTitle).For(lang, RoundNames.Label(turn.Store, round, turn.Settings.TimeZone, lang)).ToPlain(),
            Recipients = recipients.Select(m => m.Id).ToList(),
            CreatedBy = turn.From.ToString(),
            CreatedAt = turn.Now,
        };
    }
}
