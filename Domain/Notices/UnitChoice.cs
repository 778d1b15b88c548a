using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Domain.Notices;

/// <summary>
/// The audience steps a notice and a campaign share: ticking units (the ticks live in the session
/// as the organizer presses, each press redraws the list) and choosing a group. The two flows
/// differ only in their buttons, which they hand in as the data each button carries.
/// </summary>
public static class UnitChoice
{
    public const string SessionKey = "chosenUnits";

    public static HashSet<string> Chosen(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new HashSet<string>((turn.Session.Get(SessionKey) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>No unit ticked: the list starts empty each time the organizer opens it.</summary>
    private static void Clear(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Session = turn.Session.Set(SessionKey, null);
    }

    /// <summary>
    /// Opens the unit list with nothing ticked through the flow's own step (<paramref name="pickUnits"/>);
    /// when the step cannot be taken now (a stale press), the session stays as it was.
    /// </summary>
    public static bool Open(Turn turn, Func<bool> pickUnits)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(pickUnits);
        var before = turn.Session;
        Clear(turn);
        if (pickUnits())
        {
            return true;
        }

        turn.Session = before;
        return false;
    }

    public static void Toggle(Turn turn, string code)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var chosen = Chosen(turn);
        if (!chosen.Remove(code))
        {
            chosen.Add(code);
        }

        turn.Session = turn.Session.Set(SessionKey, string.Join(',', chosen));
    }

    /// <summary>The ticked codes in order, as the audience stores them; null, having said so, when none is ticked.</summary>
    public static string? Done(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var chosen = Chosen(turn);
        if (chosen.Count == 0)
        {
            turn.Say(Texts.NoRecipients);
            return null;
        }

        return string.Join(',', chosen.Order(StringComparer.Ordinal));
    }

    /// <summary>Every unit, ticked or not, two to a row, then "done".</summary>
    public static void AskUnits(Turn turn, UnitCatalog units, Func<string, string> unitData, string doneData)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(unitData);
        var chosen = Chosen(turn);
        var buttons = units.All
            .Select(u => new Button((chosen.Contains(u.Code) ? "☑ " : "☐ ") + u.Name, unitData(u.Code)))
            .Chunk(2)
            .Append([new Button(Texts.UnitsDone.Plain(turn.Lang), doneData)]);
        turn.Reply(new TextOut(Texts.ChooseUnits.For(turn.Lang)) { Buttons = buttons.ToList() });
    }

    /// <summary>The groups the units belong to, one button each.</summary>
    public static void AskGroup(Turn turn, UnitCatalog units, Func<UnitGroup, string> groupData)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(groupData);
        turn.Say(Texts.ChooseGroup, units.All.Select(u => u.Group).Distinct().Select(g => new Button(Audience.GroupName(turn.Lang, g.ToString()), groupData(g))));
    }
}
