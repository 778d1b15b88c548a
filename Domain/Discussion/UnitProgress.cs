using System.Globalization;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Text;
using Domain.Users;

namespace Domain.Discussion;

/// <summary>A ward or unit and where it stands: its comments (not withdrawn) and its approved members.</summary>
public sealed record UnitCommentState(string Code, string Name, int Comments, int Members);

/// <summary>
/// Which units have sent comments for a meeting and which have not: all 14 wards always, other
/// units when they have members on the bot or have sent something. One press reminds the approved
/// members of the units that have not, as a broadcast (<see cref="Notice"/>), audited.
/// </summary>
public sealed class UnitProgress(UnitCatalog units)
{
    public IReadOnlyList<UnitCommentState> States(IReadModel store, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(meeting);
        var comments = store.All<Comment>().Where(c => c.MeetingId == meeting.Id && c.IsActive)
            .GroupBy(c => c.UnitCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var members = Approved(store).GroupBy(m => m.UnitCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var codes = units.All.Where(u => u.Group == UnitGroup.Ward || comments.ContainsKey(u.Code) || members.ContainsKey(u.Code)).Select(u => u.Code)
            .Concat(comments.Keys.Concat(members.Keys).Where(code => units.Find(code) is null))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return codes.Select(code => new UnitCommentState(code, units.NameOf(code), comments.GetValueOrDefault(code), members.GetValueOrDefault(code))).ToList();
    }

    public void Show(Turn turn, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        var lang = turn.Lang;
        var states = States(turn.Store, meeting);
        var lines = new List<Html> { Texts.CommentUnitsHeader.For(lang, meeting.Label) };
        lines.AddRange(states.Select(s => s switch
        {
            { Comments: > 0 } => Texts.CommentUnitSubmitted.For(lang, s.Name, s.Comments),
            { Members: 0 } => Texts.CommentUnitNotOnBot.For(lang, s.Name),
            _ => Texts.CommentUnitMissing.For(lang, s.Name),
        }));
        lines.Add(Texts.CommentUnitsTotal.For(lang, states.Count(s => s.Comments > 0), states.Count));
        var rows = new List<Button[]>();
        var missing = states.Count(s => s.Comments == 0);
        if (missing > 0 && !meeting.IsPast(turn.Now))
        {
            rows.Add([new Button(Texts.CommentRemindButton.For(lang, missing).ToPlain(), new ReviewButton.Remind(meeting.Key()).Encode())]);
        }

        rows.Add([new Button(Texts.BackToComments.Plain(lang), new ReviewButton.Open(meeting.Key()).Encode())]);
        turn.Reply(new TextOut(Html.Join("\n", lines)).WithButtons([.. rows]));
    }

    /// <summary>Sends the reminder to every approved member of each unit that has sent nothing.</summary>
    public void Remind(Turn turn, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.IsPast(turn.Now))
        {
            turn.Say(Texts.CommentsClosed, MeetingFormat.When(meeting.StartsAt, turn.Settings.TimeZone, turn.Lang));
            return;
        }

        var missing = States(turn.Store, meeting).Where(s => s.Comments == 0).ToList();
        if (missing.Count == 0)
        {
            turn.Say(Texts.CommentRemindNothing);
            return;
        }

        var codes = missing.Select(s => s.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var recipients = Approved(turn.Store).Where(m => codes.Contains(m.UnitCode)).ToList();
        var notice = Broadcast(turn, meeting, recipients);
        foreach (var member in recipients)
        {
            var user = UserKey.Parse(member.Id);
            var lang = MemberTexts.LangOf(turn.Store, user, turn.Settings.DefaultLanguage);
            var text = Texts.CommentReminder.For(lang, units.NameOf(member.UnitCode), meeting.Title, MeetingFormat.Inline(meeting.StartsAt, turn.Settings.TimeZone, lang));
            turn.Changes.Send(user, new TextOut(text).WithButtons([new Button(Texts.NewComment.Plain(lang), new CommentButton.Start(meeting.Key()).Encode())]), Priority.Bulk, notice.Tag);
        }

        if (recipients.Count > 0)
        {
            // Sent as a broadcast: the sender paces it, /lichsu lists it, /huythongbao can stop it,
            // and the organizer gets the progress and the final report like any notice.
            turn.Changes.Put(notice);
            turn.Changes.Send(turn.From, new TextOut(BroadcastActions.Progress(turn.Lang, notice, turn.Settings.TimeZone, 0, recipients.Count, 0)), Priority.Interactive, Notice.ProgressTagFor(notice.Id));
        }

        var reached = recipients.Select(m => m.UnitCode).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        turn.Audit("comments.reminded", meeting.Id, string.Create(CultureInfo.InvariantCulture, $"units:{reached};members:{recipients.Count}"));
        turn.Say(Texts.CommentRemindSent, recipients.Count, reached);
        if (missing.Count > reached)
        {
            turn.Say(Texts.CommentRemindUnreachable, missing.Count - reached);
        }
    }

    /// <summary>The broadcast record of a reminder; its text is the reminder naming every unit it went to.</summary>
    private Notice Broadcast(Turn turn, Meeting meeting, List<Member> recipients)
    {
        var codes = recipients.Select(m => m.UnitCode).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var lang = turn.Settings.DefaultLanguage;
        var unitList = string.Join(',', codes.Order(StringComparer.Ordinal));
        var local = TimeZoneInfo.ConvertTime(turn.Now, turn.Settings.TimeZone);
        // Like a notice's id (readable, short enough for button data), marked as a comments reminder.
        var id = string.Create(CultureInfo.InvariantCulture, $"yk{local:yyMMdd-HHmmss}-{turn.From.Channel[0]}{turn.From.Id}");
        return new Notice
        {
            Id = turn.Store.Find<Notice>(id) is null ? id : $"{id}-{Comment.NewId(meeting.Id, turn.From.ToString(), turn.Now)[..4]}",
            Text = Texts.CommentReminder.For(lang, string.Join(", ", codes.Select(units.NameOf)), meeting.Title, MeetingFormat.When(meeting.StartsAt, turn.Settings.TimeZone, lang)).Value,
            Audience = Audience.Describe(turn.Store, units, $"units:{unitList}", lang),
            Recipients = recipients.Select(m => m.Id).ToList(),
            CreatedBy = turn.From.ToString(),
            CreatedAt = turn.Now,
        };
    }

    private static IEnumerable<Member> Approved(IReadModel store) => store.All<Member>().Where(m => m.Status == MemberStatus.Approved);
}
