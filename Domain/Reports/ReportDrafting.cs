using Domain.Conversations;
using Domain.Members;

namespace Domain.Reports;

/// <summary>
/// Whether someone is writing a unit's report: read from the reporters' own conversations (open,
/// or set aside by a command), so a cancelled or abandoned start, or a pressed button with nothing
/// answered, shows nobody drafting. Nothing is stored for it beside the conversation itself.
/// </summary>
public static class ReportDrafting
{
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal)
    {
        ReportDraft.RoundKey, ReportDraft.UnitKey, ReportDraft.NonceKey, ReportDraft.PagesKey, ReportDraft.PageKey,
        ReportDraft.YearKey, ReportDraft.ReviewedKey, ReportDraft.NominationsKey, WardReportMachine.EditingKey,
        ReportDraft.BaseKey, ReportDraft.SeenKey, ReportDraft.OfferKey,
    };

    /// <summary>Whether the session's open report conversation is for this round and unit.</summary>
    public static bool IsOpenFor(Session session, string roundId, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Flow == WardReportFlow.FlowName && Matches(session.Draft, roundId, unitCode);
    }

    /// <summary>Whether the conversation a command set aside is this round's and unit's report.</summary>
    public static bool IsParkedFor(Session session, string roundId, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Parked is { Flow: WardReportFlow.FlowName } parked && Matches(parked.Draft, roundId, unitCode);
    }

    /// <summary>The required units of the round someone of which has answered at least one question, open or set aside.</summary>
    public static ISet<string> Units(IReadModel store, ReportingRound round)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(round);
        var required = new HashSet<string>(round.RequiredUnits, StringComparer.OrdinalIgnoreCase);
        var drafting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in store.Scan<Member>())
        {
            if (member.Status == MemberStatus.Approved && required.Contains(member.UnitCode) && !drafting.Contains(member.UnitCode)
                && store.Find<Session>(member.Id) is { } session && Answered(session, round.Id, member.UnitCode))
            {
                drafting.Add(member.UnitCode);
            }
        }

        return drafting;
    }

    private static bool Answered(Session session, string roundId, string unitCode) =>
        (IsOpenFor(session, roundId, unitCode) && HasAnswers(session.Draft))
        || (session.Parked is { } parked && IsParkedFor(session, roundId, unitCode) && HasAnswers(parked.Draft));

    private static bool HasAnswers(IReadOnlyDictionary<string, string> draft) => draft.Keys.Any(k => !Bookkeeping.Contains(k));

    private static bool Matches(IReadOnlyDictionary<string, string> draft, string roundId, string unitCode) =>
        draft.TryGetValue(ReportDraft.RoundKey, out var round) && round == roundId
        && draft.TryGetValue(ReportDraft.UnitKey, out var unit) && string.Equals(unit, unitCode, StringComparison.OrdinalIgnoreCase);
}
