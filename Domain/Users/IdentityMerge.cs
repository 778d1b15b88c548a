using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;

namespace Domain.Users;

/// <summary>
/// Takes everything another identity kept into the person of this turn, so that after a link one
/// person has one profile, one answer per meeting and one set of comments. The person's own
/// profile wins; an answer only the other identity gave is kept, and where both answered, the
/// later answer wins with both histories.
/// </summary>
public static class IdentityMerge
{
    public static void Into(Turn turn, UserKey other)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var person = turn.From.ToString();
        var from = other.ToString();
        var store = turn.Store;

        // An approval given to either profile stands: linking must not send an approved member back to waiting.
        if (store.Find<Member>(from) is { Status: MemberStatus.Approved } theirs
            && store.Find<Member>(person) is { Status: not MemberStatus.Approved } own)
        {
            turn.Changes.Put(own with { Status = MemberStatus.Approved, DecidedBy = theirs.DecidedBy, DecidedAt = theirs.DecidedAt });
        }

        turn.Changes.Delete<Member>(from);
        turn.Changes.Delete<Session>(from);
        turn.Changes.Delete<PreferredChannel>(from);
        MoveRole(turn, store.Find<RoleGrant>(from), store.Find<RoleGrant>(person));

        foreach (var answer in store.All<Rsvp>().Where(r => r.MemberId == from))
        {
            turn.Changes.Delete<Rsvp>(answer.Id);
            var mine = store.Find<Rsvp>(Rsvp.IdFor(answer.EventId, person));
            var later = mine is null || mine.AnsweredAt < answer.AnsweredAt ? answer : mine;
            turn.Changes.Put(later with
            {
                Id = Rsvp.IdFor(answer.EventId, person),
                MemberId = person,
                History = [.. (mine?.History ?? []).Concat(answer.History).OrderBy(h => h.At)],
            });
        }

        foreach (var comment in store.All<Comment>().Where(c => c.MemberId == from))
        {
            turn.Changes.Put(comment with { MemberId = person });
        }

        // Channels linked to the other identity come along.
        foreach (var link in store.All<IdentityLink>().Where(l => l.Person == from))
        {
            turn.Changes.Put(link with { Person = person });
        }
    }

    private static void MoveRole(Turn turn, RoleGrant? theirs, RoleGrant? mine)
    {
        if (theirs is null)
        {
            return;
        }

        turn.Changes.Delete<RoleGrant>(theirs.Id);
        if (mine is null || mine.Role < theirs.Role)
        {
            turn.Changes.Put(theirs with { Id = turn.From.ToString() });
        }
    }
}
