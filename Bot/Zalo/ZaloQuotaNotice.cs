using Bot.Delivery;
using Bot.Storage;
using Domain;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;
using Domain.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Zalo;

/// <summary>
/// Tells the organizers, once when Zalo's quota runs out (not once per refused message), that Zalo
/// messages wait and will go out by themselves. It goes to an organizer's other channel when they
/// have one: on Zalo it waits with the rest.
/// </summary>
public sealed class ZaloQuotaNotice(
    IOutboxStore outbox,
    OutboxQueue queue,
    IReadModel store,
    IServiceProvider services,
    ILogger<ZaloQuotaNotice> logger)
{
    public async Task TellOrganizersAsync(DateTimeOffset now)
    {
        try
        {
            // Read here, not injected: the settings ask every channel sender, this one's included.
            var settings = services.GetRequiredService<BotSettings>();
            var waiting = outbox.AllPending().Count(i => i.To.Channel == ZaloSender.ChannelName);
            var deliveries = Access.Organizers(store, settings)
                .Select(person => new Domain.Conversations.Delivery(
                    Identities.ChannelsOf(store, person).Where(c => c.Channel != ZaloSender.ChannelName).Append(person).First(),
                    new TextOut(Texts.ZaloQuotaExhausted.For(MemberTexts.LangOf(store, person, settings.DefaultLanguage), waiting)),
                    Priority.Interactive))
                .ToList();
            var items = await outbox.AddAsync(deliveries, now);
            queue.Add(items);
            logger.LogWarning("Told {Organizers} organizers that Zalo's quota is exhausted ({Waiting} Zalo messages wait)", items.Count, waiting);
        }
#pragma warning disable CA1031 // A failed notice must not stop the sending it is about.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Could not tell the organizers that Zalo's quota is exhausted");
        }
    }
}
