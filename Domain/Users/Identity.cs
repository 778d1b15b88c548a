namespace Domain.Users;

/// <summary>
/// One more channel of a person: messages from <see cref="Id"/> (a <see cref="UserKey"/>) are
/// handled as coming from <see cref="Person"/>, the key their profile was registered under.
/// </summary>
public sealed record IdentityLink(string Id, string Person, DateTimeOffset LinkedAt) : IEntity;

/// <summary>
/// A one-time code a member shows on one channel and types on another to link them;
/// <see cref="Claimant"/> is the person who typed it and agreed, waiting for the member's
/// confirmation. An organizer's merge proposal is one too, with an id nobody can type:
/// <see cref="For"/> is the only person who may claim it and <see cref="By"/> the organizer.
/// </summary>
public sealed record LinkCode(string Id, string Person, DateTimeOffset ExpiresAt, string? Claimant = null, string? For = null, string? By = null) : IEntity;

/// <summary>Wrong link codes typed from one identity, to stop guessing.</summary>
public sealed record LinkAttempts(string Id, int Failures, DateTimeOffset Since) : IEntity;

/// <summary>
/// Where a person with several channels gets messages that are not replies: <see cref="Via"/> is
/// the channel they used last, unless they <see cref="Chosen"/> one.
/// </summary>
public sealed record PreferredChannel(string Id, string Via, bool Chosen) : IEntity;

/// <summary>Names of channels as people know them.</summary>
public static class ChannelNames
{
    public static string Of(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "zalo" => "Zalo",
        "console" => "Console",
        _ => channel,
    };
}
