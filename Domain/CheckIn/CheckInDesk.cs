using Domain.Events;

namespace Domain.CheckIn;

/// <summary>
/// The door of one meeting: the secret of the QR link and the 6-character code under it. Both are
/// checked against their hashes in constant time; rotating replaces both, so a photographed code
/// stops working.
/// </summary>
public sealed record CheckInDesk : IEntity
{
    /// <summary>The meeting's id: one desk per meeting.</summary>
    public required string Id { get; init; }

    public required string LinkHash { get; init; }

    public required string CodeHash { get; init; }

    /// <summary>
    /// The code and the link secret as shown, kept so a second /diemdanh shows the same door instead
    /// of voiding the QR already printed on the desk. Unlike an invitation secret, neither names or
    /// opens anyone's data: they are projected and printed for the whole room, admit only someone
    /// who is already known (a member by their own profile, a guest by their claimed invitation, a
    /// named delegate), stay rate-limited per person, and stop working when the meeting ends
    /// (<see cref="IsOpen"/>), so a backup or copy of the data file holds nothing still usable
    /// afterwards. No personal data, so erasure has nothing to do here. Empty on a door opened
    /// before they were kept: the next /diemdanh then opens it afresh.
    /// </summary>
    public string Code { get; init; } = string.Empty;

    /// <inheritdoc cref="Code"/>
    public string LinkToken { get; init; } = string.Empty;

    public DateTimeOffset OpenedAt { get; init; }

    public string OpenedBy { get; init; } = string.Empty;

    public int Version { get; init; } = 1;

    /// <summary>From an hour before the start until the end.</summary>
    public static readonly TimeSpan OpensBefore = TimeSpan.FromHours(1);

    public static DateTimeOffset Opens(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting.StartsAt - OpensBefore;
    }

    public static bool IsOpen(Meeting meeting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return now >= Opens(meeting) && now < meeting.Ends;
    }
}
