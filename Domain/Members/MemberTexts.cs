using Domain.Conversations;
using Domain.Text;
using Domain.Users;

namespace Domain.Members;

/// <summary>Small helpers to show members' states in the reader's language.</summary>
public static class MemberTexts
{
    public static string Status(Lang lang, MemberStatus status) => (status switch
    {
        MemberStatus.Approved => Texts.StatusApproved,
        MemberStatus.Rejected => Texts.StatusRejected,
        _ => Texts.StatusPending,
    }).Plain(lang);

    public static string RoleName(Lang lang, Role role) => (role switch
    {
        Role.Organizer => Texts.RoleOrganizer,
        Role.Coordinator => Texts.RoleCoordinator,
        _ => Texts.RoleMember,
    }).Plain(lang);

    /// <summary>The language another person reads the bot in.</summary>
    public static Lang LangOf(IReadModel store, UserKey user, Lang fallback)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Find<Session>(user.ToString())?.Lang ?? fallback;
    }

    /// <summary>Sends a catalogue text to someone other than the sender, in their language.</summary>
    public static void Tell(Turn turn, UserKey to, Msg text, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(text);
        turn.Changes.Send(to, new TextOut(text.For(LangOf(turn.Store, to, turn.Settings.DefaultLanguage), args)));
    }
}
