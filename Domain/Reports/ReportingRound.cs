using Domain.Members;

namespace Domain.Reports;

/// <summary>
/// A call for the units' social-page reports before a meeting: the years reported (one column
/// each), the deadline after which reports are read-only, and the units that must report.
/// </summary>
public sealed record ReportingRound : IEntity
{
    public const int DefaultFromYear = 2021;
    public const int DefaultToYear = 2023;

    /// <summary>Short and link-safe, used in buttons.</summary>
    public required string Id { get; init; }

    public required string MeetingId { get; init; }

    public int FromYear { get; init; } = DefaultFromYear;

    public int ToYear { get; init; } = DefaultToYear;

    public required DateTimeOffset Deadline { get; init; }

    /// <summary>Unit codes, in the units file's order.</summary>
    public IReadOnlyList<string> RequiredUnits { get; init; } = [];

    public required string OpenedBy { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public IReadOnlyList<int> Years => Enumerable.Range(FromYear, Math.Max(0, ToYear - FromYear + 1)).ToList();

    public bool IsOpen(DateTimeOffset now) => now < Deadline;

    public bool Requires(string unitCode) => RequiredUnits.Contains(unitCode, StringComparer.OrdinalIgnoreCase);

    /// <summary>The wards and the member organisations of the units file: who reports unless the organizer says otherwise.</summary>
    public static IReadOnlyList<string> DefaultUnits(UnitCatalog units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return units.All.Where(u => u.Group is UnitGroup.Ward or UnitGroup.MemberOrganization).Select(u => u.Code).ToList();
    }

    /// <summary>Only the wards (a choice when opening a round).</summary>
    public static IReadOnlyList<string> WardUnits(UnitCatalog units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return units.All.Where(u => u.Group is UnitGroup.Ward).Select(u => u.Code).ToList();
    }

    /// <summary>A period the organizer may choose: at most six years, in the recent past or present.</summary>
    public static bool ValidPeriod(int from, int to) => from is >= 2000 and <= 2100 && to >= from && to - from < 6;
}
