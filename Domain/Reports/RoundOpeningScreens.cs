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
            : meeting.RsvpDeadline > turn.Now.AddHours(1) ? meeting.RsvpDeadline : RoundOpening.EndOfDay(TimeZoneInfo.ConvertTime(turn.Now.AddDays(7), turn.Settings.TimeZone).DateTime, turn.Settings.TimeZone);
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

    public void Preview(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var round = Draft(turn);
        var lang = turn.Lang;
        turn.Reply(new TextOut(Texts.OpenRoundPreview.For(
            lang,
            RoundNames.Label(turn.Store, round, turn.Settings.TimeZone, lang),
            round.FromYear,
            round.ToYear,
            MeetingFormat.When(round.Deadline, turn.Settings.TimeZone, lang),
            round.RequiredUnits.Count,
            RoundUnits.Describe(units, turn.Session.Get(RoundUnits.Key), round.RequiredUnits, lang))).WithButtons(
            [new Button(Texts.OpenRoundSend.Plain(lang), Data(turn, RoundOpeningButton.Open))],
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
