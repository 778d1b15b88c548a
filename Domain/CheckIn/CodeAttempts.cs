namespace Domain.CheckIn;

/// <summary>
/// Wrong door codes one person typed recently. Five within ten minutes make them wait until the
/// oldest of those is ten minutes old, which keeps guessing a 6-character code hopeless.
/// </summary>
public sealed record CodeAttempts : IEntity
{
    public const int Allowed = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>The person's key.</summary>
    public required string Id { get; init; }

    public IReadOnlyList<DateTimeOffset> Failures { get; init; } = [];

    /// <summary>When the person may try again; null when they may now.</summary>
    public DateTimeOffset? BlockedUntil(DateTimeOffset now)
    {
        var recent = Recent(now);
        return recent.Count >= Allowed ? recent[^Allowed] + Window : null;
    }

    public CodeAttempts Fail(DateTimeOffset now) => this with { Failures = [.. Recent(now), now] };

    private List<DateTimeOffset> Recent(DateTimeOffset now) => Failures.Where(f => now - f < Window).Order().ToList();
}
