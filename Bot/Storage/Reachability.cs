using System.Collections.Concurrent;
using Domain.Users;
using LiteDB;

namespace Bot.Storage;

/// <summary>
/// Who blocked the bot or deleted their account. Kept apart from the user's session so the sender
/// can write it without racing that user's turn; cleared when the person writes to the bot again.
/// The few ids are also kept in memory: every turn and every send asks, and a LiteDB read costs
/// tens of microseconds and kilobytes of garbage. Only this class writes the collection.
/// </summary>
public sealed class Reachability : IReachability
{
    private readonly Database database;
    private readonly ConcurrentDictionary<string, bool> unreachable;

    public Reachability(Database database)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        unreachable = new ConcurrentDictionary<string, bool>(
            database.Unreachable.FindAll().Select(d => KeyValuePair.Create(d["_id"].AsString, true)),
            StringComparer.Ordinal);
    }

    public bool IsUnreachable(UserKey user) => unreachable.ContainsKey(user.ToString());

    public void MarkUnreachable(UserKey user, string reason, DateTimeOffset at)
    {
        database.Unreachable.Upsert(new BsonDocument
        {
            ["_id"] = user.ToString(),
            ["reason"] = reason,
            ["at"] = at.UtcDateTime,
        });
        unreachable[user.ToString()] = true;
    }

    /// <summary>Forgets an erased person's mark, inside the caller's transaction and in memory once it commits.</summary>
    internal void ForgetInTransaction(string key)
    {
        database.Unreachable.Delete(key);
        database.AfterCommit(() => unreachable.TryRemove(key, out _));
    }

    /// <summary>Writes only for the rare blocked person: a write transaction on every turn would cost more.</summary>
    public void MarkReachable(UserKey user)
    {
        var key = user.ToString();
        if (unreachable.ContainsKey(key))
        {
            database.Unreachable.Delete(key);
            unreachable.TryRemove(key, out _);
        }
    }
}
