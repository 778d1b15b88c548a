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

    public void MarkReachable(UserKey user) => database.Unreachable.Delete(user.ToString());
}
