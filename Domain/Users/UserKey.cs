namespace Domain.Users;

/// <summary>
/// Who a person is on one channel. A person is addressed by the channel plus that channel's own
/// user id, so a Telegram id and a console id never collide in one database.
/// </summary>
public readonly record struct UserKey(string Channel, string Id)
{
    public override string ToString() => $"{Channel}:{Id}";

    public static UserKey Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == value.Length - 1)
        {
            throw new FormatException($"'{value}' is not a user key of the form channel:id.");
        }

        return new UserKey(value[..colon], value[(colon + 1)..]);
    }
}
