using Domain.Members;
using Domain.Notices;
using Domain.Text;

namespace Domain.Reports;

/// <summary>
/// The units a round being opened asks to report, as the opening conversation keeps them: the
/// default ones ("all"), the wards only ("wards"), a group of the units file in <see cref="Audience"/>'s form ("group:Ward"),
/// or a hand-picked list ("units:P01,P08"). Always answered in the units file's order.
/// </summary>
public static class RoundUnits
{
    public const string Key = "units";

    /// <summary>The groups a round may ask: those of the units file, guests aside (they run no pages).</summary>
    public static IReadOnlyList<UnitGroup> Groups(UnitCatalog units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return units.All.Select(u => u.Group).Where(g => g != UnitGroup.Guest).Distinct().ToList();
    }

    public static string GroupSpec(string group) => $"group:{group}";

    public static string ListSpec(IEnumerable<string> codes) => $"units:{string.Join(',', codes)}";

    /// <summary>
    /// Whether the organizer chose the units (the wards, a group, a list): the hand-picked list then
    /// starts from them ticked. From the untouched default it starts empty, to pick from scratch.
    /// </summary>
    public static bool IsChosen(string? spec) => spec is not null && spec != "all";

    public static IReadOnlyList<string> Resolve(UnitCatalog units, string? spec)
    {
        ArgumentNullException.ThrowIfNull(units);
        return (spec ?? string.Empty).Split(':', 2) switch
        {
            ["wards"] => ReportingRound.WardUnits(units),
            ["group", var group] when Enum.TryParse<UnitGroup>(group, out var g) && Groups(units).Contains(g) => units.All.Where(u => u.Group == g).Select(u => u.Code).ToList(),
            ["units", var codes] => Listed(units, codes.Split(',')),
            _ => ReportingRound.DefaultUnits(units),
        };
    }

    /// <summary>How the preview names the choice: the group's name, or the units themselves.</summary>
    public static string Describe(UnitCatalog units, string? spec, IReadOnlyList<string> codes, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(codes);
        var names = string.Join(", ", codes.Select(units.NameOf));
        return (spec ?? string.Empty).StartsWith("group:", StringComparison.Ordinal)
            ? $"{Audience.GroupName(lang, spec![6..])}: {names}"
            : names;
    }

    /// <summary>Only codes of the units file, each once, in its order: a forged code names nothing.</summary>
    public static IReadOnlyList<string> Listed(UnitCatalog units, IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(units);
        var wanted = new HashSet<string>(codes, StringComparer.OrdinalIgnoreCase);
        return units.All.Where(u => wanted.Contains(u.Code)).Select(u => u.Code).ToList();
    }
}
