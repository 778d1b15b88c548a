using System.Globalization;
using System.Text;
using Domain.Conversations;
using Domain.Members;

namespace Domain.Reports;

/// <summary>Whom accepting a nomination invites.</summary>
public enum NomineeTarget
{
    /// <summary>A collective: nobody is invited.</summary>
    Collective,

    /// <summary>The one approved member of that name in the nominee's unit.</summary>
    Member,

    /// <summary>No member of that name in that unit (or the unit is not one of the units file's): a guest invitation.</summary>
    Guest,

    /// <summary>Several members of that name in that unit: none is guessed, a guest invitation is made.</summary>
    Ambiguous,
}

/// <summary>
/// The member a nomination names, looked for only in the nominee's unit: the unit the nomination
/// writes, else the reporting unit. A name alone matches people of other units ("Trần Văn Minh,
/// Phường 8" is not the Trần Văn Minh of Phường 9), so a unit that is not in the units file, or two
/// members of that name in it, give no member: the organizer is told so and a guest invitation is made.
/// </summary>
public sealed record NomineeMatch(NomineeTarget Target, Member? Member, int Count)
{
    public static NomineeMatch Find(IReadModel store, UnitCatalog units, Nomination nomination, string reportingUnit)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(nomination);
        if (nomination.Kind == NomineeKind.Collective)
        {
            return new(NomineeTarget.Collective, null, 0);
        }

        if (UnitOf(units, nomination.UnitName, reportingUnit) is not { } unit)
        {
            return new(NomineeTarget.Guest, null, 0);
        }

        var found = store.All<Member>()
            .Where(m => m.Status == MemberStatus.Approved && string.Equals(m.UnitCode, unit, StringComparison.OrdinalIgnoreCase) && NominationDecisions.Same(m.FullName, nomination.Name))
            .Take(3)
            .ToList();
        return found.Count switch
        {
            0 => new(NomineeTarget.Guest, null, 0),
            1 => new(NomineeTarget.Member, found[0], 1),
            _ => new(NomineeTarget.Ambiguous, null, found.Count),
        };
    }

    /// <summary>The code of the unit the nomination writes ("Phường 8", "phường 08", "P08"), the reporting unit's when it writes none, null when it names no unit of the file.</summary>
    public static string? UnitOf(UnitCatalog units, string written, string reportingUnit)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(written);
        if (written.Trim().Length < 2)
        {
            return units.Find(reportingUnit)?.Code ?? reportingUnit;
        }

        var key = Key(written);
        var matches = units.All.Where(u => Key(u.Name) == key || Key(u.Code) == key).Take(2).ToList();
        return matches.Count == 1 ? matches[0].Code : null;
    }

    /// <summary>Case, spacing and leading zeros aside: "Phường  08" and "phường 8" are one unit.</summary>
    private static string Key(string text)
    {
        var words = text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN"))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.All(char.IsAsciiDigit) ? w.TrimStart('0').PadLeft(1, '0') : w);
        return string.Join(' ', words);
    }
}
