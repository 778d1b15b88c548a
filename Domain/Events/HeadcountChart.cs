using Domain.Text;

namespace Domain.Events;

/// <summary>One unit's bar: its members' answers, stacked.</summary>
public sealed record HeadcountBar(string Unit, int Attending, int Declined, int Delegated, int NoAnswer);

/// <summary>
/// What /thongke draws beside its text: a stacked bar per unit, and the planned number. The core
/// decides the numbers and every word (in the organizer's language); the shell only draws.
/// </summary>
public sealed record HeadcountChart(
    string Title,
    string Summary,
    IReadOnlyList<HeadcountBar> Bars,
    IReadOnlyList<string> Series)
{
    /// <summary>The chart of a meeting's headcount; <paramref name="present"/> counts unit delegations as the text does.</summary>
    public static HeadcountChart For(Lang lang, string committee, Meeting meeting, IReadOnlyList<HeadcountBar> bars, int present)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new HeadcountChart(
            Texts.StatsChartTitle.For(lang, committee, meeting.Label).ToPlain(),
            Texts.StatsChartPlanned.For(lang, present, meeting.Expected).ToPlain(),
            bars,
            [Texts.AnswerAttending.Plain(lang), Texts.AnswerDeclined.Plain(lang), Texts.AnswerDelegatedShort.Plain(lang), Texts.AnswerNone.Plain(lang)]);
    }
}
