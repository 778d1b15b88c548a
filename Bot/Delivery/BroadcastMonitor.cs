using Bot.Hosting;
using Bot.Storage;
using Bot.Workers;
using Domain;
using Domain.Conversations;
using Domain.Members;
using Domain.Notices;
using Domain.Users;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Delivery;

/// <summary>
/// Watches broadcasts while they go out: every few seconds it edits the organizer's progress
/// message in place ("đã gửi 1.234/5.000 · 3 lỗi"), and when nothing is left to send it posts the
/// signal that writes the final report. The counts come from the sender's queue while messages are
/// waiting (reading every row of a 10,000-recipient notice every few seconds slowed the broadcast
/// itself); the final report is counted from the stored rows.
/// </summary>
public sealed class BroadcastMonitor(
    IReadModel store,
    IOutboxStore outbox,
    OutboxQueue queue,
    SignalFeed signals,
    IEnumerable<IChannelSender> channels,
    BotSettings settings,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ExitStatus exit,
    ILogger<BroadcastMonitor> logger) : CriticalService(lifetime, logger, exit)
{
    private readonly Dictionary<string, IChannelSender> senders = channels.ToDictionary(c => c.Channel, StringComparer.Ordinal);
    private readonly Dictionary<string, (int Sent, int Failed)> shown = new(StringComparer.Ordinal);

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var notice in store.All<Notice>().Where(n => n.FinishedAt is null))
        {
            var counts = queue.CountsOf(notice.Tag);
            if (counts is null || counts.GetValueOrDefault(OutboxStatus.Pending) <= 0)
            {
                // Nothing waits in memory: the notice is over, or its rows are stored but not yet queued.
                counts = outbox.CountByStatus(notice.Tag);
            }

            var sent = counts.GetValueOrDefault(OutboxStatus.Sent);
            var failed = counts.GetValueOrDefault(OutboxStatus.Failed) + counts.GetValueOrDefault(OutboxStatus.Unreachable);
            await ShowProgressAsync(notice, sent, failed, cancellationToken);
            if (counts.GetValueOrDefault(OutboxStatus.Pending) == 0)
            {
                signals.Post(NoticeAdmin.Done(
                    notice,
                    sent,
                    counts.GetValueOrDefault(OutboxStatus.Failed),
                    outbox.UnreachableOf(notice.Tag),
                    counts.GetValueOrDefault(OutboxStatus.Cancelled),
                    time.GetUtcNow()));
                shown.Remove(notice.Id);
                queue.Forget(notice.Tag);
            }
        }
    }

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ProgressInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(stoppingToken);
        }
    }

    private async Task ShowProgressAsync(Notice notice, int sent, int failed, CancellationToken cancellationToken)
    {
        if (shown.TryGetValue(notice.Id, out var last) && last == (sent, failed))
        {
            return;
        }

        if (notice.Author() is not { } organizer
            || outbox.SentMessage(Notice.ProgressTagFor(notice.Id)) is not { } progress || !senders.TryGetValue(progress.To.Channel, out var sender))
        {
            return;
        }

        var lang = MemberTexts.LangOf(store, organizer, settings.DefaultLanguage);
        if (await sender.EditTextAsync(progress.To, progress.MessageId, BroadcastActions.Progress(lang, notice, settings.TimeZone, sent, notice.Recipients.Count, failed), cancellationToken))
        {
            shown[notice.Id] = (sent, failed);
        }
    }
}
