namespace Domain.Events;

public enum RsvpAnswer
{
    Attending,
    Declined,
    Delegated,
}

/// <summary>The person sent in someone's place.</summary>
public sealed record Representative(string FullName, string Position, string? Phone);

/// <summary>One change of an answer, kept for the record.</summary>
public sealed record RsvpChange(DateTimeOffset At, string By, RsvpAnswer Answer, string? Reason, Representative? Delegate);

/// <summary>
/// A member's answer to one event. Pressing the same answer again changes nothing, so a press
/// resent by the app (with a new update id) cannot flip it.
/// </summary>
public sealed record Rsvp : IEntity
{
    public required string Id { get; init; }

    public required string EventId { get; init; }

    public required string MemberId { get; init; }

    public required RsvpAnswer Answer { get; init; }

    public string? Reason { get; init; }

    public Representative? Delegate { get; init; }

    public DateTimeOffset AnsweredAt { get; init; }

    public IReadOnlyList<RsvpChange> History { get; init; } = [];

    public static string IdFor(string eventId, string memberId) => $"{eventId}|{memberId}";

    public bool SameAs(RsvpAnswer answer, string? reason, Representative? delegatePerson) =>
        Answer == answer && Reason == reason && Delegate == delegatePerson;

    /// <summary>The answer after a change; unchanged (the same instance) when nothing differs.</summary>
    public static Rsvp Set(Rsvp? current, string eventId, string memberId, RsvpAnswer answer, string? reason, Representative? delegatePerson, DateTimeOffset at, string by)
    {
        if (current is not null && current.SameAs(answer, reason, delegatePerson))
        {
            return current;
        }

        var change = new RsvpChange(at, by, answer, reason, delegatePerson);
        return new Rsvp
        {
            Id = IdFor(eventId, memberId),
            EventId = eventId,
            MemberId = memberId,
            Answer = answer,
            Reason = reason,
            Delegate = delegatePerson,
            AnsweredAt = at,
            History = [.. current?.History ?? [], change],
        };
    }
}
