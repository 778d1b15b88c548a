using System.Security.Cryptography;
using System.Text;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Reports;

/// <summary>
/// A person's erasure and the reports: a report is the unit's, so it stays, but the person's id
/// (who started, sent or accepted it) becomes "erased", and a nomination naming them, or their name
/// or phone number in the unit's difficulties, proposals, page names or a nomination's achievement,
/// is shown as "(đã xóa)", in every version kept.
/// Their naming as a reporter goes at once, in their own turn. The reports themselves
/// are rewritten by <see cref="WardReportErasures"/> in the desk's queue, in order with the
/// versions sent there: a rewrite here would race the desk's writes and lose a version or bring
/// the name back.
/// </summary>
public static class ReportErasure
{
    public static void Erase(Turn turn, IReadOnlySet<string> keys, Member? member)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var named in turn.Store.All<ReportReporter>().Where(r => keys.Contains(r.Id[(r.Id.IndexOf('|', StringComparison.Ordinal) + 1)..]) || keys.Contains(r.NamedBy)))
        {
            turn.Changes.Delete<ReportReporter>(named.Id);
        }

        if (keys.Count > 0 && turn.Store.All<ReportingRound>().Any())
        {
            // One salt per erasure, the same when the turn is run again (the inbox then keeps one signal).
            var salt = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{turn.Input.Id}|{turn.Now.UtcTicks}|report-erasure")))[..24];
            WardReportErasures.Signal(turn, ErasedPerson.Of(salt, keys, member?.FullName, member?.Phone));
        }
    }

    /// <summary>The report with the person's ids and name taken out; null when it never held them.</summary>
    public static UnitReport? Rewrite(UnitReport report, ErasedPerson person)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(person);
        var changed = report with
        {
            StartedBy = Swap(report.StartedBy, person),
            Versions = report.Versions.Select(v => v with { ConfirmedBy = Swap(v.ConfirmedBy, person)!, Content = Scrub(v.Content, person) }).ToList(),
        };
        return changed.StartedBy != report.StartedBy || !changed.Versions.SequenceEqual(report.Versions, VersionComparer.Instance) ? changed : null;
    }

    /// <summary>A version without the person: their name shown as erased, in the nominations and in the unit's words; their ids gone.</summary>
    public static ReportContent Scrub(ReportContent content, ErasedPerson person)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(person);
        return content with
        {
            Pages = content.Pages.Select(p => p with { Name = person.Redact(p.Name, Texts.ErasedName.Vi) }).ToList(),
            Difficulties = person.Redact(content.Difficulties, Texts.ErasedName.Vi),
            Proposals = person.Redact(content.Proposals, Texts.ErasedName.Vi),
            Nominations = content.Nominations.Select(n => n with
            {
                Name = person.IsKey(n.MemberId) || (n.Kind == NomineeKind.Person && person.IsName(n.Name)) ? Texts.ErasedName.Vi : n.Name,
                Achievement = person.Redact(n.Achievement, Texts.ErasedName.Vi),
                MemberId = person.IsKey(n.MemberId) ? null : n.MemberId,
                AcceptedBy = Swap(n.AcceptedBy, person),
                NominatedBy = Swap(n.NominatedBy, person),
            }).ToList(),
        };
    }

    private static string? Swap(string? id, ErasedPerson person) => person.IsKey(id) ? PersonalDataEraser.Erased : id;

    /// <summary>Versions compared by what erasure changes: who confirmed, the unit's words, and the nominations.</summary>
    private sealed class VersionComparer : IEqualityComparer<ReportVersion>
    {
        public static readonly VersionComparer Instance = new();

        public bool Equals(ReportVersion? x, ReportVersion? y) =>
            x is not null && y is not null && x.ConfirmedBy == y.ConfirmedBy && x.Content.Difficulties == y.Content.Difficulties
            && x.Content.Proposals == y.Content.Proposals && x.Content.Pages.SequenceEqual(y.Content.Pages) && x.Content.Nominations.SequenceEqual(y.Content.Nominations);

        public int GetHashCode(ReportVersion obj) => obj.ConfirmedBy.GetHashCode(StringComparison.Ordinal);
    }
}
