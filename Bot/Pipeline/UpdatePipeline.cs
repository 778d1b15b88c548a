using Bot.Delivery;
using Bot.Storage;
using Domain.Conversations;
using Domain.Users;

namespace Bot.Pipeline;

/// <summary>
/// The one way in for every channel: store the event, then handle it in its user's queue, then
/// hand the replies to the sender.
/// </summary>
public sealed class UpdatePipeline(Inbox inbox, EntityStore entities, TurnRunner runner, KeyedWorkQueue queue, OutboxQueue outbox, GroupCommit group, AskedMessages asked)
{
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

        var batch = Inbox.Prepare(envelopes);
        var items = await inbox.AddAllAsync(batch, group);
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
        queue.Enqueue(person.ToString(), async () =>
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
                asked.NoteTurn(item, result.Queued);
                outbox.Add(result.Queued);
                foreach (var signal in result.Signals)
                {
                    Schedule(signal);
                }
            }
        });
    }
}
