using Bot.Hosting;
using Bot.Storage;
using Bot.Workers;
using Domain.Conversations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Delivery;

/// <summary>
/// The one sender: takes messages from the outbox queue, paces them per channel, and records what
/// happened to each. A message is marked sent only after the channel accepted it, so a crash sends
/// at most the messages that were in flight a second time.
/// </summary>
public sealed class OutboxSender(
    OutboxQueue queue,
    IOutboxStore outbox,
    IReachability reachability,
    SignalFeed signals,
    IEnumerable<IChannelSender> channels,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ExitStatus exit,
    ILogger<OutboxSender> logger) : CriticalService(lifetime, logger, exit)
{
    private readonly Dictionary<string, IChannelSender> senders = channels.ToDictionary(c => c.Channel, StringComparer.Ordinal);
    private readonly Dictionary<string, ChannelPacer> pacers = channels.ToDictionary(c => c.Channel, c => new ChannelPacer(c.Limits, time), StringComparer.Ordinal);
    private static readonly TimeSpan SendGrace = TimeSpan.FromSeconds(5);

    private readonly DeliveryOptions settings = options.Value;

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var pending = outbox.AllPending();
        // Before anything is sent, so that no fate is counted twice.
        foreach (var tag in pending.Select(i => i.Tag).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            queue.AddFinished(tag, outbox.CountByStatus(tag));
        }

        queue.Add(pending);
        using var slots = new SemaphoreSlim(settings.MaxParallelSends);
        // A send already on its way finishes and is recorded when the bot stops, so that a restart
        // does not send it again; only a send the channel does not answer in time is given up.
        using var inFlight = new CancellationTokenSource();
        using var stopping = stoppingToken.Register(() => inFlight.CancelAfter(SendGrace));
        var running = new List<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var item = queue.TryTake(time.GetUtcNow(), out var nextDue);
                if (item is null)
                {
                    await queue.WaitAsync(nextDue, time, stoppingToken);
                    continue;
                }

                var pacer = pacers.GetValueOrDefault(item.To.Channel);
                if (pacer is not null && item.Message is not ButtonAck && !pacer.TryChat(item.To.ToString()))
                {
                    queue.Retry(item, time.GetUtcNow() + pacer.ChatWait, countAttempt: false);
                    continue;
                }

                await slots.WaitAsync(stoppingToken);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(SendOneAsync(item, slots, inFlight.Token, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: messages not yet sent stay pending in the database.
        }

        await Task.WhenAll(running);
        foreach (var pacer in pacers.Values)
        {
            await pacer.DisposeAsync();
        }
    }

    private async Task SendOneAsync(OutboxItem item, SemaphoreSlim slots, CancellationToken sendToken, CancellationToken stoppingToken)
    {
        try
        {
            if (!senders.TryGetValue(item.To.Channel, out var sender))
            {
                await FinishAsync(item, OutboxStatus.Failed, $"no sender for channel {item.To.Channel}");
                return;
            }

            if (item.Message is not ButtonAck && reachability.IsUnreachable(item.To))
            {
                await FinishAsync(item, OutboxStatus.Unreachable, "unreachable");
                return;
            }

            var pacer = pacers[sender.Channel];
            await pacer.WaitTurnAsync(stoppingToken);
            var result = await SendSafelyAsync(sender, item, sendToken);
            await ApplyAsync(item, result, pacer);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before it was sent, or while the channel kept it waiting: it stays pending.
        }
        finally
        {
            slots.Release();
        }
    }

    private static async Task<SendResult> SendSafelyAsync(IChannelSender sender, OutboxItem item, CancellationToken sendToken)
    {
        try
        {
            return await sender.SendFromPartAsync(item.To, item.Message, item.Priority == Priority.Bulk, item.PartsSent, sendToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !sendToken.IsCancellationRequested)
        {
            return new Transient(ex.GetType().Name) { PartsAccepted = item.PartsSent };
        }
    }

    private async Task ApplyAsync(OutboxItem item, SendResult result, ChannelPacer pacer)
    {
        var now = time.GetUtcNow();
        switch (result)
        {
            case RetryAfter wait:
                logger.LogWarning("Channel {Channel} asked to wait {Seconds} s", item.To.Channel, wait.Wait.TotalSeconds);
                pacer.PauseUntil(now + wait.Wait);
                // Not a failed attempt: a long wait (Zalo's exhausted quota) must not use up the
                // attempts a later network error is allowed.
                await RetryAsync(item, wait, null, recordAttempt: false, now + wait.Wait);
                break;
            case Unreachable when !item.IsStored:
                // Only an answer to a button: the next real message finds out and acts on it
                // (the fallback signal needs a stored message's id).
                await FinishAsync(item, OutboxStatus.Unreachable, null);
                break;
            case Unreachable unreachable:
                logger.LogInformation("{User} is unreachable: {Reason}", item.To, unreachable.Reason);
                reachability.MarkUnreachable(item.To, unreachable.Reason, now);
                await FinishAsync(item, OutboxStatus.Unreachable, unreachable.Reason);
                // A person with another channel gets later messages there (see ChannelFallback).
                signals.Post(Domain.Users.ChannelFallback.Signal(item.To, item.Id, now));
                break;
            case Transient transient when item.Attempts + 1 < settings.MaxAttempts:
                logger.LogWarning("Sending {Id} to {User} failed ({Error}); retrying", item.Id, item.To, transient.Error);
                await RetryAsync(item, transient, transient.Error, recordAttempt: true, now + Backoff(item.Attempts));
                break;
            case Transient transient:
                logger.LogError("Sending {Id} to {User} failed {Attempts} times ({Error}); giving up", item.Id, item.To, settings.MaxAttempts, transient.Error);
                await FinishAsync(item, OutboxStatus.Failed, transient.Error);
                break;
            case Rejected rejected:
                logger.LogError("Channel refused message {Id} to {User}: {Error}", item.Id, item.To, rejected.Error);
                await FinishAsync(item, OutboxStatus.Failed, rejected.Error);
                break;
            case Delivered delivered:
                await FinishAsync(item, OutboxStatus.Sent, null, delivered.MessageId);
                break;
            default:
                await FinishAsync(item, OutboxStatus.Failed, $"unknown result {result.GetType().Name}");
                break;
        }
    }

    /// <summary>
    /// Stores the failed attempt, with the parts of a long text the channel accepted, in a
    /// transaction that only touches a row still pending, then queues the retry from the next part.
    /// A message cancelled meanwhile (/huythongbao) is not tried again.
    /// </summary>
    private async Task RetryAsync(OutboxItem item, SendResult result, string? error, bool recordAttempt, DateTimeOffset notBefore)
    {
        var progressed = Math.Max(item.PartsSent, result.PartsAccepted);
        if (item.IsStored && (recordAttempt || progressed > item.PartsSent)
            && !await outbox.RecordAttemptAsync(item.Id, error, recordAttempt, progressed))
        {
            queue.Done(item, OutboxStatus.Cancelled);
            return;
        }

        queue.Retry(item with { PartsSent = progressed }, notBefore, countAttempt: recordAttempt);
    }

    private TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMilliseconds(Math.Min(settings.MaxBackoff.TotalMilliseconds, settings.FirstBackoff.TotalMilliseconds * Math.Pow(2, attempts)));

    /// <summary>
    /// Records the message's fate together with other ready writes (one transaction for many
    /// sends), and frees its chat only once that is stored. The send keeps its slot meanwhile, so
    /// a crash still repeats at most the messages that hold a slot.
    /// </summary>
    private async Task FinishAsync(OutboxItem item, OutboxStatus status, string? error, long? channelMessageId = null)
    {
        if (item.IsStored)
        {
            var at = time.GetUtcNow();
            await outbox.CompleteAsync(item, status, at, error, channelMessageId);
        }

        queue.Done(item, status);
    }
}
