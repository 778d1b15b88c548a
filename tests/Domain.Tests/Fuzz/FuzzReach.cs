using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Notices;

namespace Domain.Tests.Fuzz;

/// <summary>How far the random runs got (printed with the result), so that a generator that stops reaching the flows is noticed.</summary>
public sealed class FuzzReach
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public int this[string what] => counts.GetValueOrDefault(what);

    public void Add(Support.MemoryStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        foreach (var member in store.All<Member>())
        {
            Count("member " + member.Status);
        }

        foreach (var grant in store.All<RoleGrant>())
        {
            Count("role " + grant.Role);
        }

        foreach (var rsvp in store.All<Rsvp>())
        {
            Count("answer " + rsvp.Answer);
        }

        foreach (var comment in store.All<Comment>())
        {
            Count("comment " + comment.Status);
        }

        foreach (var notice in store.All<Notice>())
        {
            Count("notice " + notice.Status);
        }

        foreach (var session in store.All<Session>().Where(s => s.Flow is not null))
        {
            Count("in flow " + session.Flow);
        }
    }

    public override string ToString() => string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));

    private void Count(string what) => counts[what] = counts.GetValueOrDefault(what) + 1;
}
