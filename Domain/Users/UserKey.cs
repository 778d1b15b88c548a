namespace Domain.Users;

/// <summary>
/// Who a person is on one channel. A person is addressed by the channel plus that channel's own
/// user id, so a Telegram id and a console id never collide in one database.
/// </summary>
public readonly record struct UserKey(string Channel, string Id)
{
    public override string ToString() => $"{Channel}:{Id}";

    public static UserKey Parse(string value) =>
        TryParse(value, out var key) ? key : throw new FormatException($"'{value}' is not a user key of the form channel:id.");

    public static bool TryParse(string? value, out UserKey key)
    {
        var colon = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (value is null || colon <= 0 || colon == value.Length - 1)
        {
            key = default;
            return false;
        }

        key = new UserKey(value[..colon], value[(colon + 1)..]);
        return true;
    }
}
