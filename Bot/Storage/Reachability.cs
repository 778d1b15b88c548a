using Domain.Users;
using LiteDB;

namespace Bot.Storage;

/// <summary>
/// Who blocked the bot or deleted their account. Kept apart from the user's session so the sender
/// can write it without racing that user's turn; cleared when the person writes to the bot again.
/// </summary>
public sealed class Reachability(Database database)
{
    public bool IsUnreachable(UserKey user) => database.Unreachable.FindById(user.ToString()) is not null;

    public void MarkUnreachable(UserKey user, string reason, DateTimeOffset at) =>
        database.Unreachable.Upsert(new BsonDocument
        {
            ["_id"] = user.ToString(),
            ["reason"] = reason,
            ["at"] = at.UtcDateTime,
        });

    /// <summary>Reads first: a write transaction on every turn for the rare blocked person costs more than the read.</summary>
    public void MarkReachable(UserKey user)
    {
        var key = user.ToString();
        if (database.Unreachable.FindById(key) is not null)
        {
            database.Unreachable.Delete(key);
        }
    }
}
