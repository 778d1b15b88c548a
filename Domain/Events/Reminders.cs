using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.Events;

public enum ReminderKind
{
    /// <summary>To approved members without an answer, before the deadline.</summary>
    Unanswered,

    /// <summary>To those attending or sending someone, the day before.</summary>
    DayBefore,

    /// <summary>The same, a few hours before.</summary>
    HoursBefore,
}

/// <summary>A reminder that went out; its id is the schedule key, so it never goes out twice.</summary>
public sealed record ReminderRun(string Id, int Recipients, DateTimeOffset SentAt) : IEntity;

/// <summary>A reminder that is due: its schedule key names the meeting, the kind and the due time.</summary>
public sealed record DueReminder(string Key, string MeetingId, ReminderKind Kind);

/// <summary>
/// Scheduled reminders. The shell asks <see cref="Due"/> every half minute and turns each due
/// reminder into a signal to the system user; the signal's turn sends the messages and records the
/// <see cref="ReminderRun"/> in the same transaction, so a reminder goes out exactly once, also
/// across restarts.
/// </summary>
public sealed class Reminders : ISignalHandler
{
    public const string SignalName = "reminder";
    public static readonly UserKey System = new("system", "reminders");

    public string Name => SignalName;

    /// <summary>Reminders whose time has come and that still make sense (the deadline or the start is ahead).</summary>
    public static IEnumerable<DueReminder> Due(IReadModel store, ReminderTimes times, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(times);
        foreach (var meeting in store.All<Meeting>())
        {
            var candidates = new (ReminderKind Kind, DateTimeOffset At, DateTimeOffset Until)[]
            {
                (ReminderKind.Unanswered, meeting.RsvpDeadline - times.BeforeDeadline, meeting.RsvpDeadline),
                (ReminderKind.DayBefore, meeting.StartsAt - times.DayBefore, meeting.StartsAt - times.HoursBefore),
                (ReminderKind.HoursBefore, meeting.StartsAt - times.HoursBefore, meeting.StartsAt),
            };
            foreach (var (kind, at, until) in candidates)
            {
                var key = $"{meeting.Id}|{kind}|{at.UtcTicks}";
                if (at <= now && now < until && store.Find<ReminderRun>(key) is null)
                {
                    yield return new DueReminder(key, meeting.Id, kind);
                }
            }
        }
    }

    public static InboundEnvelope Signal(DueReminder due, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(due);
        return new InboundEnvelope($"reminder:{due.Key}", System, new SignalIn(SignalName, System, $"{due.Key}|{due.MeetingId}|{due.Kind}"), now);
    }

    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        var parts = signal.Args.Split('|');
        if (turn.From != System || signal.By != System || parts.Length != 5 || !Enum.TryParse<ReminderKind>(parts[4], out var kind))
        {
            return;
        }

        var key = string.Join('|', parts[..3]);
        if (turn.Store.Find<ReminderRun>(key) is not null || turn.Store.Find<Meeting>(parts[3]) is not { } meeting)
        {
            return;
        }

        var answers = turn.Store.All<Rsvp>().Where(r => r.EventId == meeting.Id).ToDictionary(r => r.MemberId);
        var sent = 0;
        foreach (var member in turn.Store.All<Member>().Where(m => m.Status == MemberStatus.Approved))
        {
            var answer = answers.GetValueOrDefault(member.Id);
            if (Message(turn, meeting, kind, member, answer) is { } message)
            {
                turn.Changes.Send(UserKey.Parse(member.Id), message, Priority.Bulk);
                sent++;
            }
        }

        turn.Changes.Put(new ReminderRun(key, sent, turn.Now));
        turn.Audit("reminder.sent", meeting.Id, $"{kind}:{sent}");
    }

    private static TextOut? Message(Turn turn, Meeting meeting, ReminderKind kind, Member member, Rsvp? answer)
    {
        var lang = MemberTexts.LangOf(turn.Store, UserKey.Parse(member.Id), turn.Settings.DefaultLanguage);
        var zone = turn.Settings.TimeZone;
        var when = MeetingFormat.When(meeting.StartsAt, zone, lang);
        return (kind, answer?.Answer) switch
        {
            (ReminderKind.Unanswered, null) => new TextOut(Texts.ReminderUnanswered.For(lang, meeting.Title, MeetingFormat.Inline(meeting.StartsAt, zone, lang), MeetingFormat.When(meeting.RsvpDeadline, zone, lang)))
                .WithButtons(RsvpFlow.AnswerRows(lang, meeting.Id)),
            (ReminderKind.DayBefore or ReminderKind.HoursBefore, RsvpAnswer.Attending) =>
                new TextOut(Texts.ReminderAttending.For(lang, meeting.Title, when, meeting.Venue.Place)),
            (ReminderKind.DayBefore or ReminderKind.HoursBefore, RsvpAnswer.Delegated) =>
                new TextOut(Texts.ReminderDelegated.For(lang, meeting.Title, when, meeting.Venue.Place, answer!.Delegate?.FullName)),
            _ => null,
        };
    }
}
