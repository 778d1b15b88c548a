using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.Notices;

/// <summary>
/// Stops a notice in its author's queue. The sender's final report runs there, so a stop pressed
/// by another organizer is sent there as a signal: the two are decided one after the other, and a
/// report can no longer mark "done" a notice that was stopped while it was being written.
/// </summary>
public sealed class NoticeStop : ISignalHandler
{
    public const string StopSignal = "notice.stop";

    public string Name => StopSignal;

    /// <summary>The queue the notice's report runs in: its author's, as a person, or the notices' own once the author is erased.</summary>
    public static UserKey QueueOf(IReadModel store, Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.Author() is { } author ? Identities.PersonOf(store, author) : NoticeAdmin.System;
    }

    /// <summary>Cancels what the notice has not sent yet; <paramref name="by"/> pressed the button and is told.</summary>
    public static void Stop(Turn turn, Notice notice, UserKey by)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(notice);
        turn.Changes.CancelDeliveries(notice.MediaTag);
        turn.Changes.CancelDeliveries(notice.Tag);
        turn.Changes.Put(notice with { Status = NoticeStatus.Cancelled });
        turn.Changes.Record(new AuditEntry(turn.Now, by, "notice.cancelled", notice.Id, null));
        var lang = MemberTexts.LangOf(turn.Store, by, turn.Settings.DefaultLanguage);
        MemberTexts.Tell(turn, by, Texts.NoticeStopped, NoticeLabel.Opening(notice), NoticeLabel.SentAt(notice, turn.Settings.TimeZone, lang));
    }

    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        // Only an organizer's stop, and only in the queue the notice's report runs in.
        if (Access.RoleOf(turn.Store, turn.Settings, signal.By) != Role.Organizer
            || turn.Store.Find<Notice>(signal.Args) is not { } notice
            || QueueOf(turn.Store, notice) != turn.From)
        {
            return;
        }

        if (notice is not { Status: NoticeStatus.Sending, FinishedAt: null })
        {
            // The report came first: the notice is over, nothing is left to stop.
            MemberTexts.Tell(turn, signal.By, Texts.ButtonExpired);
            return;
        }

        Stop(turn, notice, signal.By);
    }
}
