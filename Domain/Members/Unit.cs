namespace Domain.Members;

/// <summary>The kinds of invited units, as the plan groups them.</summary>
public enum UnitGroup
{
    Ward,
    District,
    MemberOrganization,
    Neighbourhood,
    Guest,
    Other,
}

/// <summary>
/// A ward or unit a member answers for. <paramref name="Code"/> is short and link-safe
/// (letters, digits, _ and -), used in buttons and in deep links.
/// </summary>
public sealed record Unit(string Code, string Name, UnitGroup Group);

/// <summary>The list of units, loaded from a data file.</summary>
public sealed class UnitCatalog
{
    private readonly Dictionary<string, Unit> byCode;

    public UnitCatalog(IEnumerable<Unit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        All = units.ToList();
        byCode = All.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Unit> All { get; }

    public Unit? Find(string? code) => code is not null && byCode.TryGetValue(code, out var unit) ? unit : null;

    public string NameOf(string code) => Find(code)?.Name ?? code;
}
