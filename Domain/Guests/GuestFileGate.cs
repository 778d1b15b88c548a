using Domain.Conversations;
using Domain.Members;
using Domain.Users;

namespace Domain.Guests;

/// <summary>
/// Whether a sent file may be fetched before its turn: only an organizer's, and only while the
/// guest desk waits for the list. Anyone else's document travels without content, so a stranger
/// cannot make the bot download files or fill the inbox with them; the turn answers it as before.
/// </summary>
public static class GuestFileGate
{
    public static bool Awaits(IReadModel store, BotSettings settings, UserKey from)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        var session = store.Find<Session>(from.ToString());
        return session is { Flow: GuestDesk.FlowName }
            && session.Step<GuestDeskMachine.State>() == GuestDeskMachine.State.Import
            && Access.RoleOf(store, settings, from) == Role.Organizer;
    }
}
