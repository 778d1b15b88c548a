using Domain.Conversations;
using Domain.Users;

namespace Domain.Members;

/// <summary>Who may do what. Asked on every command and every button press, never taken from button data.</summary>
public static class Access
{
    public static Member? MemberOf(this Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Store.Find<Member>(turn.From.ToString());
    }

    public static Role RoleOf(IReadModel store, BotSettings settings, UserKey user)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Organizers.Contains(user) || settings.Organizers.Any(k => Identities.PersonOf(store, k) == user))
        {
            // A configured organizer stays one when their profile lives under another channel's key.
            return Role.Organizer;
        }

        var member = store.Find<Member>(user.ToString());
        if (member is not { Status: MemberStatus.Approved })
        {
            return Role.Member;
        }

        return store.Find<RoleGrant>(user.ToString())?.Role ?? Role.Member;
    }

    public static bool IsOrganizer(this Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return RoleOf(turn.Store, turn.Settings, turn.From) == Role.Organizer;
    }

    /// <summary>Organizers from the configuration and those granted by chat.</summary>
    public static IReadOnlyList<UserKey> Organizers(IReadModel store, BotSettings settings)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        var granted = store.All<RoleGrant>()
            .Where(g => g.Role == Role.Organizer)
            .Select(g => UserKey.Parse(g.Id))
            .Where(k => store.Find<Member>(k.ToString()) is { Status: MemberStatus.Approved });
        // One person configured on two channels, or linked, is asked once.
        return settings.Organizers.Select(k => Identities.PersonOf(store, k)).Concat(granted).Distinct().ToList();
    }

    /// <summary>Says "not allowed" and answers false when the sender is no organizer.</summary>
    public static bool RequireOrganizer(this Turn turn)
    {
        if (turn.IsOrganizer())
        {
            return true;
        }

        turn.Acknowledge(Text.Texts.NotAllowed);
        turn.Say(Text.Texts.NotAllowed);
        return false;
    }
}
