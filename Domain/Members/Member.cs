namespace Domain.Members;

public enum MemberStatus
{
    Pending,
    Approved,
    Rejected,
}

public enum Role
{
    Member,

    /// <summary>Answers for their unit's delegation.</summary>
    Coordinator,

    Organizer,
}

/// <summary>
/// A role above plain member, granted by an organizer. Kept apart from <see cref="Member"/> so the
/// short list of organizers and coordinators is read without reading every member.
/// </summary>
public sealed record RoleGrant(string Id, Role Role, string GrantedBy, DateTimeOffset GrantedAt) : IEntity;

/// <summary>A registered person: what they told the bot after consenting, and where they stand.</summary>
public sealed record Member : IEntity
{
    /// <summary>The <see cref="Users.UserKey"/> of the channel they registered on.</summary>
    public required string Id { get; init; }

    public required string FullName { get; init; }

    /// <summary>Normalized to +84…</summary>
    public required string Phone { get; init; }

    /// <summary>
    /// True when the number came from the channel's share-contact button for the person's own
    /// account (Telegram); a typed number proves nothing and leaves this false.
    /// </summary>
    public bool PhoneVerified { get; init; }

    public required string UnitCode { get; init; }

    public required string Position { get; init; }

    public MemberStatus Status { get; init; }

    public DateTimeOffset ConsentAt { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }
}
