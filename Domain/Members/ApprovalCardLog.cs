using System.Security.Cryptography;
using System.Text;
using Domain.Conversations;

namespace Domain.Members;

/// <summary>
/// When organizers last got an approval card for a person, so that someone rejected or erased who
/// registers again and again sends them at most one card a day (the registration still waits in
/// /choduyet). Kept under a digest of the person's key, not the key itself: it outlives the
/// person's erasure for a day and must not name them.
/// </summary>
public sealed record ApprovalCardLog(string Id, DateTimeOffset At) : IEntity
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public static string IdFor(string personKey)
    {
        ArgumentNullException.ThrowIfNull(personKey);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("approval-card:" + personKey)), 0, 16);
    }

    /// <summary>Whether a card for the person may go out now; if so, the log to store with it.</summary>
    public static ApprovalCardLog? Allow(IReadModel store, string personKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        var id = IdFor(personKey);
        return store.Find<ApprovalCardLog>(id) is { } last && now - last.At < Interval ? null : new ApprovalCardLog(id, now);
    }
}
