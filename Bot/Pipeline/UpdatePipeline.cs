using Bot.Delivery;
using Bot.Storage;
using Domain.Conversations;
using Domain.Users;

namespace Bot.Pipeline;

/// <summary>
/// The one way in for every channel: store the event, then handle it in its user's queue, then
/// hand the replies to the sender.
/// </summary>
public sealed class UpdatePipeline(Inbox inbox, EntityStore entities, TurnRunner runner, KeyedWorkQueue queue, OutboxQueue outbox)
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
        queue.Enqueue(person.ToString(), () =>
        {
            if (Identities.PersonOf(entities, item.User) != person)
            {
                // Linked to another person while it waited: it must run in that person's queue.
                Schedule(item);
                return Task.CompletedTask;
            }

            var result = runner.Run(item.Seq);
            if (result is not null)
            {
                outbox.Drop(result.Cancelled);
                outbox.Add(result.Queued);
                foreach (var signal in result.Signals)
                {
                    Schedule(signal);
                }
            }

            return Task.CompletedTask;
        });
    }
}
