using Domain.CheckIn;
using Domain.Conversations;
using Domain.Discussion;
using Domain.Users;

namespace Domain.Members;

/// <summary>
/// An organizer's part of an erasure: what they decided for others stays (an approval, a role they
/// granted, a comment they reviewed, a door they opened), with <see cref="PersonalDataEraser.Erased"/>
/// where their id stood; a merge they proposed and nobody finished lapses, since nobody is left to
/// tell how it ended. Nothing reads these fields as a user key, so the marker cannot be mistaken for one.
/// </summary>
public static class DeciderErasure
{
    public static void Erase(Turn turn, IReadOnlySet<string> keys)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(keys);
        var store = turn.Store;
        var self = turn.From.ToString();
        foreach (var member in store.All<Member>().Where(m => m.Id != self && m.DecidedBy is { } by && keys.Contains(by)))
        {
            turn.Changes.Put(member with { DecidedBy = PersonalDataEraser.Erased });
        }

        foreach (var grant in store.All<RoleGrant>().Where(g => g.Id != self && keys.Contains(g.GrantedBy)))
        {
            turn.Changes.Put(grant with { GrantedBy = PersonalDataEraser.Erased });
        }

        foreach (var comment in store.All<Comment>().Where(c => c.MemberId != self && c.ReviewedBy is { } by && keys.Contains(by)))
        {
            turn.Changes.Put(comment with { ReviewedBy = PersonalDataEraser.Erased });
        }

        foreach (var desk in store.All<CheckInDesk>().Where(d => keys.Contains(d.OpenedBy)))
        {
            turn.Changes.Put(desk with { OpenedBy = PersonalDataEraser.Erased });
        }

        foreach (var proposal in store.All<LinkCode>().Where(c => c.By is { } by && keys.Contains(by)))
        {
            turn.Changes.Delete<LinkCode>(proposal.Id);
        }
    }
}
