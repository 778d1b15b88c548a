using System.Globalization;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using Domain.Users;

namespace Domain.Notices;

/// <summary>
/// Broadcasts after they leave: /huythongbao stops what is not yet sent, /lichsu lists past notices
/// with their counts, and the final report reaches the organizer when the sender is done.
/// </summary>
public sealed class NoticeAdmin : ICommandHandler, IButtonHandler<NoticeButton>, ISignalHandler
{
    public const string DoneSignal = "notice.done";
    public static readonly UserKey System = new("system", "notices");

    public IReadOnlyList<string> Names { get; } = ["huythongbao", "lichsu", "stopnotice", "notices"];

    string ISignalHandler.Name => DoneSignal;

    /// <summary>The signal the sender's monitor posts when a notice has no message left to send.</summary>
    public static InboundEnvelope Done(Notice notice, int sent, int failed, IReadOnlyList<UserKey> unreachable, int cancelled, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(unreachable);
        var args = string.Join('|', notice.Id, sent, failed, cancelled, string.Join(',', unreachable));
        return new InboundEnvelope($"notice-done:{notice.Id}", notice.Author() ?? System, new SignalIn(DoneSignal, System, args), now);
    }

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(command);
        if (!turn.RequireOrganizer())
        {
            return;
        }

        var notices = turn.Store.All<Notice>().OrderByDescending(n => n.CreatedAt).ToList();
        if (command.Name is "lichsu" or "notices")
        {
            History(turn, notices);
            return;
        }

        var sending = notices.Where(n => n.Status == NoticeStatus.Sending).ToList();
        if (sending.Count == 0)
        {
            turn.Say(Texts.NothingSending);
            return;
        }

        turn.Say(Texts.ChooseNoticeToStop, sending.Select(n => new Button(
            $"{NoticeLabel.SentAt(n, turn.Settings.TimeZone, turn.Lang)} – {NoticeLabel.Opening(n)}",
            new NoticeButton(n.Id).Encode())));
    }

    /// <summary>Registered for organizers only: the router has checked who presses.</summary>
    public void Handle(Turn turn, NoticeButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (turn.Store.Find<Notice>(button.NoticeId) is not { Status: NoticeStatus.Sending } notice)
        {
            turn.Say(Texts.ButtonExpired);
            return;
        }

        var queue = NoticeStop.QueueOf(turn.Store, notice);
        if (queue != turn.From)
        {
            // The report runs in the author's queue: stopping there too keeps the two in order.
            turn.Signal(queue, NoticeStop.StopSignal, notice.Id);
            return;
        }

        NoticeStop.Stop(turn, notice, turn.From);
    }

    public void Handle(Turn turn, SignalIn signal)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(signal);
        var parts = signal.Args.Split('|');
        if (signal.By != System || parts.Length != 5 || turn.Store.Find<Notice>(parts[0]) is not { } notice || notice.FinishedAt is not null)
        {
            return;
        }

        var unreachable = parts[4].Split(',', StringSplitOptions.RemoveEmptyEntries);
        var finished = notice with
        {
            Status = notice.Status == NoticeStatus.Cancelled ? NoticeStatus.Cancelled : NoticeStatus.Done,
            Sent = Number(parts[1]),
            Failed = Number(parts[2]),
            Cancelled = Number(parts[3]),
            Unreachable = unreachable.Length,
            FinishedAt = turn.Now,
        };
        turn.Changes.Put(finished);
        if (notice.Author() is null)
        {
            // Its author was erased: the counts are kept, and there is nobody to report to.
            return;
        }

        turn.Say(Texts.NoticeReport, NoticeLabel.Opening(finished), NoticeLabel.SentAt(finished, turn.Settings.TimeZone, turn.Lang), finished.Recipients.Count, finished.Audience, finished.Sent, finished.Failed, finished.Unreachable, finished.Cancelled);
        if (unreachable.Length > 0)
        {
            // A row of someone erased since is addressed to nobody: named as erased, not by that address.
            var names = unreachable.Select(k => k == PersonalDataEraser.Nobody.ToString()
                ? Texts.ErasedName.Plain(turn.Lang)
                : UserKey.TryParse(k, out var key)
                    ? turn.Store.Find<Member>(Identities.PersonOf(turn.Store, key).ToString())?.FullName ?? k
                    : k);
            turn.Say(Texts.NoticeUnreachableList, string.Join(", ", names));
        }
    }

    private static void History(Turn turn, List<Notice> notices)
    {
        if (notices.Count == 0)
        {
            turn.Say(Texts.NoNotices);
            return;
        }

        var lines = notices.Take(10).Select(n => Texts.NoticeHistoryLine.For(
            turn.Lang,
            NoticeLabel.SentAt(n, turn.Settings.TimeZone, turn.Lang),
            Status(turn.Lang, n.Status),
            NoticeLabel.Opening(n),
            n.RecipientCount(),
            n.Sent,
            n.Failed,
            n.Unreachable,
            n.Cancelled));
        turn.Reply(new TextOut(Html.Join("\n", lines.Prepend(Texts.NoticeHistoryHeader.For(turn.Lang)))));
    }

    private static string Status(Lang lang, NoticeStatus status) => (status switch
    {
        NoticeStatus.Sending => Texts.NoticeStatusSending,
        NoticeStatus.Cancelled => Texts.NoticeStatusCancelled,
        _ => Texts.NoticeStatusDone,
    }).Plain(lang);

    private static int Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
