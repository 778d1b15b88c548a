using Bot.Delivery;
using Bot.Storage;
using Bot.Workers;
using Domain;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using Domain.Users;
using Microsoft.Extensions.Logging;

namespace Bot.Pipeline;

/// <summary>
/// The one way in for every channel: store the event, then handle it in its user's queue, then
/// hand the replies to the sender. A person sending faster than <see cref="FloodGuard"/> allows
/// has the excess stored as handled without a turn: one polite answer, no reply each, and
/// everyone else's turns keep their pace.
/// </summary>
public sealed class UpdatePipeline
{
    private readonly IInbox inbox;
    private readonly IReadModel entities;
    private readonly TurnRunner runner;
    private readonly KeyedWorkQueue queue;
    private readonly OutboxQueue outbox;
    private readonly AskedMessages asked;
    private readonly FloodGuard flood;
    private readonly ITurnStore committer;
    private readonly BotSettings settings;
    private readonly TimeProvider time;
    private readonly ILogger<UpdatePipeline> logger;

    public UpdatePipeline(
        IInbox inbox,
        SignalFeed signals,
        IReadModel entities,
        TurnRunner runner,
        KeyedWorkQueue queue,
        OutboxQueue outbox,
        AskedMessages asked,
        FloodGuard flood,
        ITurnStore committer,
        BotSettings settings,
        TimeProvider time,
        ILogger<UpdatePipeline> logger)
    {
        ArgumentNullException.ThrowIfNull(signals);
        this.inbox = inbox;
        this.entities = entities;
        this.runner = runner;
        this.queue = queue;
        this.outbox = outbox;
        this.asked = asked;
        this.flood = flood;
        this.committer = committer;
        this.settings = settings;
        this.time = time;
        this.logger = logger;
        // The workers below the pipeline (the sender, the broadcast monitor) raise their signals
        // through the store; this is where they become turns.
        signals.Subscribe(Schedule);
    }

    public IdleSignal Idle => queue.Idle;

    /// <summary>Stores and schedules the event; false when it was received before.</summary>
    public bool Accept(InboundEnvelope envelope)
    {
        var item = inbox.TryAdd(envelope);
        if (item is null)
        {
            return false;
        }

        Schedule(item);
        return true;
    }

    /// <summary>
    /// Stores a batch of events in one transaction (shared with other ready writes), then
    /// schedules the new ones; completes once they are stored, so the caller may confirm them.
    /// Returns how many were new.
    /// </summary>
    public async Task<int> AcceptAllAsync(IReadOnlyList<InboundEnvelope> envelopes)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        if (envelopes.Count == 0)
        {
            return 0;
        }

        var items = await inbox.AddAllAsync(envelopes);
        foreach (var item in items)
        {
            Schedule(item);
        }

        return items.Count;
    }

    /// <summary>Schedules what a crash or a stop left unhandled.</summary>
    public int Recover()
    {
        var items = inbox.AllUnhandled();
        foreach (var item in items)
        {
            Schedule(item);
        }

        return items.Count;
    }

    private void Schedule(InboxItem item)
    {
        // One queue per person: a linked channel's events wait behind the person's other turns.
        var person = Identities.PersonOf(entities, item.User);
        // The bot's own signals are never dropped; a person's messages may be, in a flood. (An
        // event recovered at start is read later, and is let through; the console is the
        // operator's own terminal, where a pasted script is no flood.)
        var fromPerson = item.Envelope is { Event: not SignalIn } && item.User.Channel != ConsoleChannel.ConsoleSender.ChannelName;
        if (fromPerson && !flood.Allows(person.ToString()))
        {
            Drop(item, person);
            return;
        }

        var queued = queue.TryEnqueue(person.ToString(), async () =>
        {
            if (Identities.PersonOf(entities, item.User) != person)
            {
                // Linked to another person while it waited: it must run in that person's queue.
                Schedule(item);
                return;
            }

            // Awaited: the person's next turn starts only after this one's outcome is stored.
            var result = await runner.RunAsync(item, person);
            if (result is not null)
            {
                outbox.Drop(result.Cancelled);
                outbox.Replace(result.Rewritten);
                asked.NoteTurn(item, result.Queued);
                outbox.Add(result.Queued);
                foreach (var signal in result.Signals)
                {
                    Schedule(signal);
                }
            }
        }, fromPerson ? flood.MaxQueuedPerPerson : int.MaxValue);
        if (!queued)
        {
            Drop(item, person);
        }
    }

    /// <summary>
    /// Stores a flooding person's message as handled, so that a restart does not replay it, with
    /// the "too fast" answer for the first one in a while and nothing for the others.
    /// </summary>
    private void Drop(InboxItem item, UserKey person)
    {
        var now = time.GetUtcNow();
        var changes = new ChangeSet();
        if (flood.ShouldWarn(person.ToString(), now))
        {
            var lang = MemberTexts.LangOf(entities, person, settings.DefaultLanguage);
            changes.Send(item.User, new TextOut(Texts.TooFast.For(lang)));
        }

        queue.Idle.Begin();
        _ = StoreDroppedAsync(item, changes, now);
    }

    private async Task StoreDroppedAsync(InboxItem item, ChangeSet changes, DateTimeOffset now)
    {
        try
        {
            var result = await committer.CommitAsync(item.Seq, changes, now, item.Envelope);
            outbox.Add(result.Queued);
        }
#pragma warning disable CA1031 // Left unhandled, the message is looked at again after a restart; nothing else is lost.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Storing a dropped message of {User} failed", item.User);
        }
        finally
        {
            queue.Idle.End();
        }
    }
}
