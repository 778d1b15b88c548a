using System.Globalization;
using Domain.Conversations;
using Domain.Events;
using Domain.Text;

namespace Domain.Reports;

/// <summary>
/// What tells one round from another of the same meeting, in its title and its file names: the
/// period ("Hội nghị MXH 27/4 (2021–2023)", "hoi-nghi-mxh-27-4-2021-2023-bao-cao.xlsx"), and the day
/// it was opened when another round of that meeting has the same period (the time too when both
/// were opened the same day).
/// </summary>
public static class RoundNames
{
    /// <summary>"2021–2023" (one year alone: "2023").</summary>
    public static string Period(ReportingRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.FromYear == round.ToYear
            ? round.FromYear.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{round.FromYear}–{round.ToYear}");
    }

    /// <summary>The meeting's short title and the round's distinguishing part.</summary>
    public static string Label(IReadModel store, ReportingRound round, TimeZoneInfo zone, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(round);
        var meeting = store.Find<Meeting>(round.MeetingId)?.Label ?? round.MeetingId;
        return Opened(store, round, zone) is { } opened
            ? Texts.RoundLabelOpened.For(lang, meeting, Period(round), opened).ToPlain()
            : Texts.RoundLabel.For(lang, meeting, Period(round)).ToPlain();
    }

    /// <summary>"hoi-nghi-mxh-27-4-2021-2023" (and "-mo-1-4-2027" when the period is shared): the start of the round's file names.</summary>
    public static string FileStem(IReadModel store, ReportingRound round, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(round);
        var meeting = ReportOutputs.MeetingOf(store, round);
        var period = FileNames.Slug(Period(round), "ky");
        var opened = Opened(store, round, zone) is { } day ? "-" + FileNames.Slug("mo " + day, "mo") : string.Empty;
        return $"{meeting.FileStem}-{period}{opened}";
    }

    /// <summary>The opening day ("1/4/2027", "1/4/2027 08:15" when that is shared too), or null when the period alone tells the round apart.</summary>
    private static string? Opened(IReadModel store, ReportingRound round, TimeZoneInfo zone)
    {
        var twins = store.All<ReportingRound>()
            .Where(r => r.Id != round.Id && r.MeetingId == round.MeetingId && r.FromYear == round.FromYear && r.ToYear == round.ToYear)
            .ToList();
        if (twins.Count == 0)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(round.OpenedAt, zone);
        var sameDay = twins.Any(r => TimeZoneInfo.ConvertTime(r.OpenedAt, zone).Date == local.Date);
        return local.ToString(sameDay ? "d/M/yyyy HH:mm" : "d/M/yyyy", CultureInfo.InvariantCulture);
    }
}
