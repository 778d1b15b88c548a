using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Reports;

/// <summary>
/// A unit's report written by several people: a draft remembers how many versions the unit had
/// sent when it began (<see cref="ReportDraft.BaseKey"/>), so a version someone else sent since is
/// named before this draft replaces it, on taking the draft up again (with the choice to start from
/// that version) and on the review.
/// </summary>
public static class SentMeanwhile
{
    /// <summary>The version in force when someone else sent it after the draft began; null when the draft builds on it.</summary>
    public static ReportVersion? Newer(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Report(turn) is { Current: { } current } report
            && report.Versions.Count > ReportDraft.Small(turn.Session, ReportDraft.BaseKey)
            && current.ConfirmedBy != turn.From.ToString()
            ? current
            : null;
    }

    /// <summary>Whether the person has not yet been asked about the version in force (each newer version is asked about once).</summary>
    public static bool NotAsked(Turn turn) =>
        Newer(turn) is not null && Report(turn)!.Versions.Count > ReportDraft.Small(turn.Session, ReportDraft.SeenKey);

    public static bool Offered(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Get(ReportDraft.OfferKey) is not null;
    }

    /// <summary>Whether the question about a version sent meanwhile waits for its answer (forgotten if that version is gone).</summary>
    public static bool Pending(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!Offered(turn.Session))
        {
            return false;
        }

        if (Newer(turn) is null)
        {
            turn.Session = turn.Session.Set(ReportDraft.OfferKey, null);
            return false;
        }

        return true;
    }

    /// <summary>Who sent the version in force and when: start from it (the first button) or keep the draft.</summary>
    public static void Offer(Turn turn, UnitCatalog units)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(units);
        if (Newer(turn) is not { } newer)
        {
            return;
        }

        turn.Session = turn.Session.Set(ReportDraft.OfferKey, "1");
        var nonce = turn.Session.Get(ReportDraft.NonceKey) ?? string.Empty;
        turn.Say(
            Texts.ReportSentMeanwhile,
            [
                new Button(Texts.ReportUseSentVersion.Plain(turn.Lang), new ReportPress(ReportPress.UseSent).Encode(nonce)),
                new Button(Texts.ReportKeepDraft.Plain(turn.Lang), new ReportPress(ReportPress.KeepDraft).Encode(nonce)),
            ],
            ReportOutputs.NameOf(turn.Store, newer.ConfirmedBy, turn.Lang),
            units.NameOf(turn.Session.Get(ReportDraft.UnitKey) ?? string.Empty),
            MeetingFormat.When(newer.ConfirmedAt, turn.Settings.TimeZone, turn.Lang));
    }

    /// <summary>The draft kept: the offer is answered for the versions sent so far.</summary>
    public static void Keep(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var count = Report(turn)?.Versions.Count ?? 0;
        turn.Session = turn.Session.Set(ReportDraft.OfferKey, null).Set(ReportDraft.SeenKey, ReportDraft.Text(count));
    }

    /// <summary>The review's warning, when sending would replace someone else's version sent after the draft began.</summary>
    public static Html? Warning(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Newer(turn) is { } newer
            ? Texts.ReportReplacesVersion.For(turn.Lang, ReportOutputs.NameOf(turn.Store, newer.ConfirmedBy, turn.Lang), MeetingFormat.When(newer.ConfirmedAt, turn.Settings.TimeZone, turn.Lang))
            : null;
    }

    /// <summary>How many versions the unit has sent for the round: what a draft beginning now builds on.</summary>
    public static int Count(IReadModel store, string roundId, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Find<UnitReport>(UnitReport.IdFor(roundId, unitCode))?.Versions.Count ?? 0;
    }

    private static UnitReport? Report(Turn turn) =>
        turn.Store.Find<UnitReport>(UnitReport.IdFor(turn.Session.Get(ReportDraft.RoundKey) ?? string.Empty, turn.Session.Get(ReportDraft.UnitKey) ?? string.Empty));
}
