using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Reports;

/// <summary>
/// A person's erasure and the reports: a report is the unit's, so it stays, but the person's id
/// (who started, sent or accepted it) becomes "erased" and a nomination naming them is shown as
/// "(đã xóa)". Their naming as a reporter goes.
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

        foreach (var report in turn.Store.All<UnitReport>())
        {
            var changed = report with
            {
                StartedBy = Swap(report.StartedBy, keys),
                Versions = report.Versions.Select(v => v with { ConfirmedBy = Swap(v.ConfirmedBy, keys)!, Content = Scrub(v.Content, keys, member) }).ToList(),
            };
            if (changed.StartedBy != report.StartedBy || !changed.Versions.SequenceEqual(report.Versions, VersionComparer.Instance))
            {
                turn.Changes.Put(changed);
            }
        }
    }

    private static string? Swap(string? id, IReadOnlySet<string> keys) => id is not null && keys.Contains(id) ? PersonalDataEraser.Erased : id;

    private static ReportContent Scrub(ReportContent content, IReadOnlySet<string> keys, Member? member) => content with
    {
        Nominations = content.Nominations.Select(n => n with
        {
            Name = (n.MemberId is not null && keys.Contains(n.MemberId)) || (member is not null && n.Kind == NomineeKind.Person && NominationDecisions.Same(n.Name, member.FullName))
                ? Texts.ErasedName.Vi
                : n.Name,
            MemberId = n.MemberId is not null && keys.Contains(n.MemberId) ? null : n.MemberId,
            AcceptedBy = Swap(n.AcceptedBy, keys),
            NominatedBy = Swap(n.NominatedBy, keys),
        }).ToList(),
    };

    /// <summary>Versions compared by what erasure changes: who confirmed, and the nominations.</summary>
    private sealed class VersionComparer : IEqualityComparer<ReportVersion>
    {
        public static readonly VersionComparer Instance = new();

        public bool Equals(ReportVersion? x, ReportVersion? y) =>
            x is not null && y is not null && x.ConfirmedBy == y.ConfirmedBy && x.Content.Nominations.SequenceEqual(y.Content.Nominations);

        public int GetHashCode(ReportVersion obj) => obj.ConfirmedBy.GetHashCode(StringComparison.Ordinal);
    }
}
