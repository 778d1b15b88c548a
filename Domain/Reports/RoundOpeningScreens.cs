using System.Globalization;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Notices;
using Domain.Text;

namespace Domain.Reports;

/// <summary>
/// What opening a round shows: the preview of the round as it would open, the groups of units and
/// the hand-picked list of units. Everything is read from the session (<see cref="RoundOpening"/>).
/// </summary>
public sealed class RoundOpeningScreens(UnitCatalog units)
{
    /// <summary>The round as it would open now, from the session's choices and the defaults.</summary>
    public ReportingRound Draft(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var meeting = turn.Store.Find<Meeting>(turn.Session.Get("meeting") ?? string.Empty)!;
        var deadline = long.TryParse(turn.Session.Get("deadline"), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : DefaultDeadline(turn, meeting);
        return new ReportingRound
        {
            Id = string.Empty,
            MeetingId = meeting.Id,
            FromYear = int.TryParse(turn.Session.Get("from"), CultureInfo.InvariantCulture, out var from) ? from : ReportingRound.DefaultFromYear,
            ToYear = int.TryParse(turn.Session.Get("to"), CultureInfo.InvariantCulture, out var to) ? to : ReportingRound.DefaultToYear,
            Deadline = TimeZoneInfo.ConvertTime(deadline, turn.Settings.TimeZone),
            RequiredUnits = RoundUnits.Resolve(units, turn.Session.Get(RoundUnits.Key)),
            OpenedBy = turn.From.ToString(),
            OpenedAt = turn.Now,
        };
    }

    /// <summary>
    /// The meeting's answer deadline, or a week from now when it has passed; never after the
    /// meeting's start while that is more than an hour away.
    /// </summary>
    private static DateTimeOffset DefaultDeadline(Turn turn, Meeting meeting)
    {
        var deadline = meeting.RsvpDeadline > turn.Now.AddHours(1) ? meeting.RsvpDeadline : RoundOpening.EndOfDay(TimeZoneInfo.ConvertTime(turn.Now.AddDays(7), turn.Settings.TimeZone).DateTime, turn.Settings.TimeZone);
        return meeting.StartsAt > turn.Now.AddHours(1) && deadline > meeting.StartsAt ? meeting.StartsAt : deadline;
    }

    /// <summary>An open round of the same meeting and period as the one being opened: a second would ask the units again for the same.</summary>
    public ReportingRound? OpenTwin(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var draft = Draft(turn);
        return turn.Store.All<ReportingRound>()
            .Where(r => r.MeetingId == draft.MeetingId && r.FromYear == draft.FromYear && r.ToYear == draft.ToYear && r.IsOpen(turn.Now))
            .OrderByDescending(r => r.OpenedAt)
            .FirstOrDefault();
    }

    public void Preview(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var round = Draft(turn);
        var lang = turn.Lang;
        var text = Texts.OpenRoundPreview.For(
            lang,
            RoundNames.Label(turn.Store, round, turn.Settings.TimeZone, lang),
            round.FromYear,
            round.ToYear,
            MeetingFormat.When(round.Deadline, turn.Settings.TimeZone, lang),
            round.RequiredUnits.Count,
            RoundUnits.Describe(units, turn.Session.Get(RoundUnits.Key), round.RequiredUnits, lang));
        var twin = OpenTwin(turn);
        if (twin is not null)
        {
            text = Html.Join("\n\n", [text, Texts.RoundAlreadyOpen.For(lang, RoundNames.Period(twin), MeetingFormat.Inline(twin.Deadline, turn.Settings.TimeZone, lang))]);
        }

        var first = twin is null
            ? new Button(Texts.OpenRoundSend.Plain(lang), Data(turn, RoundOpeningButton.Open))
            : new Button(Texts.RoundOpenProgress.Plain(lang), Data(turn, RoundOpeningButton.SeeOpen));
        turn.Reply(new TextOut(text).WithButtons(
            [first],
            [UnitChoice(turn, Texts.UnitsDefault, "all"), UnitChoice(turn, Texts.UnitsWards, "wards")],
            [new Button(Texts.AudienceGroup.Plain(lang), Data(turn, RoundOpeningButton.PickGroup)), new Button(Texts.AudienceUnits.Plain(lang), Data(turn, RoundOpeningButton.PickUnits))],
            [new Button(Texts.ReportCancel.Plain(lang), Data(turn, RoundOpeningButton.Cancel))]));
    }

    /// <summary>The default units or the wards only, the one in force ticked.</summary>
    private static Button UnitChoice(Turn turn, Msg label, string spec)
    {
        var current = turn.Session.Get(RoundUnits.Key) ?? "all";
        var text = current == spec ? Texts.UnitChoiceSelected.For(turn.Lang, label.Plain(turn.Lang)).ToPlain() : label.Plain(turn.Lang);
        return new Button(text, Data(turn, RoundOpeningButton.Units, spec));
    }

    public void AskGroup(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        var groups = RoundUnits.Groups(units)
            .Select(g => new Button(
                $"{Audience.GroupName(lang, g.ToString())} ({units.All.Count(u => u.Group == g)})",
                Data(turn, RoundOpeningButton.ChooseGroup, g.ToString())))
            .Append(new Button(Texts.RoundBack.Plain(lang), Data(turn, RoundOpeningButton.Back)));
        turn.Say(Texts.ChooseGroup, groups);
    }

    public void AskUnits(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        var picked = new HashSet<string>(RoundOpeningMachine.PickedIn(turn.Session), StringComparer.OrdinalIgnoreCase);
        var rows = units.All.Where(u => u.Group != UnitGroup.Guest)
            .Select(u => new Button((picked.Contains(u.Code) ? "☑ " : "☐ ") + u.Name, Data(turn, RoundOpeningButton.Toggle, u.Code)))
            .Chunk(2)
            .Append([new Button(Texts.RoundUnitsDone.For(lang, picked.Count).ToPlain(), Data(turn, RoundOpeningButton.UnitsDone)), new Button(Texts.RoundBack.Plain(lang), Data(turn, RoundOpeningButton.Back))]);
        turn.Reply(new TextOut(Texts.RoundChooseUnits.For(lang, picked.Count)) { Buttons = rows.ToList() });
    }

    public static string Data(Turn turn, string verb, string arg = "")
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new RoundOpeningButton(turn.Session.Get("nonce") ?? string.Empty, verb, arg).Encode();
    }
}
